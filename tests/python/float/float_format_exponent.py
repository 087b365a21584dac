# Checks format specs with type e and E: precision, sign, width, fill and alignment.
for x in [0.0, 1.0, -1.5, 123456.789, 1e-10, 9.9999e99, 5e-324, 1.7976931348623157e308]:
    print(format(x, "e"), format(x, ".2e"), format(x, ".0e"), format(x, "E"), format(x, "+.3e"))
print(format(12.5, "15.3e") + "|", format(12.5, "<15.3e") + "|", format(12.5, "^15.3e") + "|")
print(format(-12.5, "015.3e"), format(12.5, "*>14.1E"), format(-12.5, "=+14.2e"), format(12.5, " e"))
print(format(0.000123456, ".10e"), format(1e100, ".1e"), format(2.5, ".0e"), format(3.5, ".0e"))
print(format(1.0, "#.0e"), format(-0.0, "e"), format(1e16, "e"), format(1 / 3, ".17e"))
