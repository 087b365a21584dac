# Checks builtins with floats: abs, divmod, pow, min, max, sum, sorted, bool, int, float, str,
# repr, hash and isinstance.
print(abs(-1.5), abs(1.5), abs(-0.0), abs(float("-inf")), abs(-2 ** 0.5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5), divmod(1e20, 7))
print(pow(2.0, 3), pow(2, -2), pow(4, 0.5), pow(2.5, 2, None))
print(min(1.5, 2, -0.5), max([0.1, 0.2, 0.3]), min(3, 2.0, 2), max(2.0, 2, 1))
print(sum([0.1] * 10), sum([1, 2, 3.5]), sum([1e100, 1, -1e100]), sum([], 0.0), sum((0.5, 0.25), 1))
print(sorted([2.5, -1, 3, 0.5, -0.0, 0]), sorted([1e-5, 1e5, 1e-10], reverse=True))
print(bool(0.0), bool(0.1), bool(-0.0), not 0.0, 0.0 or "empty", 1.5 and "yes")
print(int(3.99), int(-3.99), float(7), str(2.5), repr(-0.125), type(abs(-1.0)))
print(isinstance(1.5, float), isinstance(1, float), isinstance(1.5, int), type(1.5) is float)
print(float, int, complex)
print([x * 0.5 for x in range(5)], [x for x in (0.5, 1.5, 2.5) if x > 1])
print(round(sum(i * 0.1 for i in range(10)), 10))
