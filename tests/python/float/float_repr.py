# Checks repr and str of floats: the shortest text that reads back as the same float, with
# exponent notation below 1e-4 and from 1e16 on.
for x in (0.1, 0.2, 0.3, 1.0, 1.5, -2.25, 100.0, 1e15, 1e16, 1e17, 1.5e-7, 0.0001, 0.00001,
          123456789.123, 1 / 3, 2 / 3, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 2.5e-310,
          0.1 + 0.2, 1.1 * 1.1, 9007199254740993.0, 0.5e-4, 12345678901234567.0, 1e100):
    print(repr(x), str(x))
print(-0.0, 0.0, float("inf"), float("-inf"), float("nan"))
print([1.0, 2.5], (0.1,), {"a": 1e-5})
print(1e16 - 1, 1e16 + 2, 123456789012345.6, 1234567890123456.7)
for e in range(-8, 20):
    print(e, 10.0 ** e, 1.5 * 10.0 ** e)
