# Checks the thousands separators ',' and '_' in float formats, with widths and zero padding.
for x in [0.0, 1234.5, -1234567.891, 1e9, 123456789.125, 0.001234]:
    print(format(x, ","), format(x, ",.2f"), format(x, "_.1f"), format(x, ",e"), format(x, ",g"), format(x, ",.3%"))
print(format(1234567.0, "015,.2f"), format(-1234567.0, "015,.2f"), format(1234.5, "012_.1f"))
print(format(1234567.0, ">20,.2f") + "|", format(1234567.0, "^20,") + "|", format(1e20, ",.0f"))
print(f"{9876543.21:,}", f"{9876543.21:_}", f"{-0.5:,}", "{:,.3f}".format(1234.5678))
try:
    format(1.5, ",_f")
except ValueError:
    print("ValueError")
