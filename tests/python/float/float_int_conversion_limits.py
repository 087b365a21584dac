# Checks int() of floats: truncation toward zero, exact big results, and errors for inf and NaN.
for x in [0.0, -0.0, 0.9, -0.9, 2.5, -2.5, 1e10, -1e10, 2.0 ** 62, 2.0 ** 63, 2.0 ** 64, 1e20, 1e100, -1.7976931348623157e308]:
    print(int(x), type(int(x)).__name__)
print(int(1e300) == 10 ** 300, int(1e22) == 10 ** 22, int(1e23) == 10 ** 23, int(1e23))
for bad in [float("inf"), float("-inf"), float("nan")]:
    for f in [int, round]:
        try:
            f(bad)
        except (OverflowError, ValueError) as e:
            print(type(e).__name__)
