# Checks the truth value of floats and complex numbers in conditions, not, and, or.
for x in [0.0, -0.0, 5e-324, 1.0, float("inf"), float("nan"), 0j, -0j, 1e-300j, complex(0.0, -0.0)]:
    print(repr(x), bool(x), not x, "yes" if x else "no", x or "other", x and "other")
print(any([0.0, -0.0]), all([0.1, float("nan")]), bool(0.1 - 0.1), bool(0.3 - 0.1 - 0.2))
