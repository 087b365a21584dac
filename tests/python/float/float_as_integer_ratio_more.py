# Checks float.as_integer_ratio(): exact fractions in lowest terms, for many magnitudes.
for x in [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, -0.1, 1.5, 3.75, 1e10, 1e-10, 2.0 ** 60, 2.0 ** -60, 5e-324, 1.7976931348623157e308]:
    n, d = x.as_integer_ratio()
    print(n, d, n / d == x, type(n).__name__, type(d).__name__)
n, d = (1 / 3).as_integer_ratio()
print(d & (d - 1) == 0, n * 3 < d, n * 3 + 3 > d)
for bad in [float("inf"), float("-inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)
