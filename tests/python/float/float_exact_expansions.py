# Checks that fixed and exponent formats print the exact binary value when asked for many digits.
print("%.55f" % 0.1)
print("%.30f" % (1 / 3), "%.25e" % 2.0 ** -30)
print("%.0f" % 1e23, "%.0f" % 2.0 ** 100, "%.3f" % 1e22)
print(format(5e-324, ".760e")[-10:], len(format(5e-324, ".1074f")), format(5e-324, ".1074f")[-20:])
print(format(1.7976931348623157e308, ".0f")[:30], len(format(1.7976931348623157e308, ".0f")))
print("%.17g %.17g %.17g" % (0.1, 0.2, 0.3), "%.16g %.15g" % (0.1 + 0.2, 0.1 + 0.2))
