# Checks float formatting with single precision: the digits are those of the single's exact
# value.
# The .exp holds what IEEE singles give (a build with --//objects:float=single), worked out in
# CPython by rounding each operation with struct.pack("f"); CPython itself computes in double.
print("%.10f" % 0.1, "%.20f" % (1 / 3), "%e" % 16777217.0, "%g" % 0.1, "%.9g" % 0.1)
print(format(0.1, ".17g"), format(1e20, ",.0f"), format(2 / 3, ".3%"), format(1 / 3, "^12.4f"))
print(format(-0.1, "+.3e"), format(1e-45, ".3e"), format(3.4028235e38, ",.0f"))
print("{:g} {:G} {:n}".format(1.5e-5, 1e16, 123456.7))
print(str(0.1), "{}".format(2 / 3), "{!r}".format(0.2), f"{1 / 3}", f"{0.7:10}|")
