# Checks how infinities and NaN format with every float type, widths, zero padding and case.
inf, nan = float("inf"), float("nan")
for x in [inf, -inf, nan]:
    print(format(x, ""), format(x, "f"), format(x, "F"), format(x, "e"), format(x, "E"), format(x, "g"), format(x, "G"), format(x, "%"))
    print(repr(format(x, "8")), repr(format(x, "08")), repr(format(x, "<8")), repr(format(x, "^9.2f")), repr(format(x, "+")))
print("%f %F %e %E %g %G" % (inf, inf, -inf, -inf, nan, nan), "%5.1f|%-6f|" % (nan, inf))
print(f"{inf:,.2f} {nan:_} {-inf:z} {inf:#}")
