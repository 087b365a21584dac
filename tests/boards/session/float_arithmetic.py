# Floats on the board (single precision in hardware on the M4F, in software on the M0+): the
# values printed are exact in both precisions, or rounded by the format, so CPython's doubles
# print the same.
x = 1.5
y = 0.25
print(x + y, x - y, x * y, x / y, x // y, x % y, -x, abs(-x))
print(2.0**10, 10 / 4, 7 // 2.0, float(3), int(7.9), int(-7.9), round(2.5), round(3.5))
print("%.3f %.2e %g" % (3.14159, 12345.678, 0.5))
print("{:.4f} {:8.2f}|".format(2**0.5, -1.125))
print(1e3, 1.0e-2 * 100, 3.0 == 3, 0.5 < 0.75, float("inf"), -float("inf"))
print(max(1.5, 2.25), min([3.5, -0.5]), sum([0.5, 0.25, 0.125]))
print("%.4f %.4f %.3f" % (3**0.5, 2.0**-0.5, 10**0.25), float("nan") != float("nan"))
print(int(-2.5), round(-2.25, 1), divmod(7.5, 2), (1.5).is_integer(), (2.0).as_integer_ratio())
