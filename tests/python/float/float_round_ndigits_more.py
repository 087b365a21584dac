# Checks round(x, n) for floats: positive and negative n, huge n, None, and the result types.
for x in [0.5, 1.5, 2.675, -2.675, 1234.5678, 0.000123456, 1e20, -1e-20, 5e-324, 1.7976931348623157e308]:
    print(round(x, 0), round(x, 1), round(x, 2), round(x, 5), round(x, -1), round(x, -3), round(x, 400), round(x, -400))
print(round(2.5, None), type(round(2.5, None)).__name__, type(round(2.5, 0)).__name__, round(-0.4), round(-0.0, 1))
print(round(125.0, -1), round(135.0, -1), round(15.0, -1), round(25.0, -1), round(5e15 + 0.5, -1))
print(round(1.25, 1), round(1.35, 1), round(0.045, 2), round(1e-10, 10), round(123.456, True), round(0.5, False))
print(round(1.5, 2 ** 100), round(1.5, -(2 ** 100)), round(float("inf"), 2), round(float("-inf"), -2))
print(repr(round(float("nan"), 1)))
