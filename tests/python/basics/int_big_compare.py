# Checks comparisons between big ints, small ints and bools, and sorting mixed sizes.
a = 2 ** 100
b = 2 ** 100 + 1
c = -(2 ** 100)
print(a < b, a > b, a == b, a != b, a <= a, a >= b)
print(c < 0, c < -1, 0 > c, a > 1, 1 < a, a == 2 ** 100, a is not None)
print(a == a + 0, a != a + 1, c == -a, -c == a)
print(2 ** 64 > 2 ** 63, 2 ** 64 == 18446744073709551616, 2 ** 62 == 4611686018427387904)
print(a > True, c < False, 1 < a < b, c < 0 < a)
items = [3, 2 ** 80, -(2 ** 80), 0, 2 ** 64, -5, 2 ** 63, -(2 ** 63), 2 ** 80 + 1]
print(sorted(items))
print(min(items), max(items), sorted(items, reverse=True))
print(a in [1, 2, 2 ** 100], b in (a,), [2 ** 70].index(2 ** 70), [2 ** 70, 2 ** 70].count(2 ** 70))
print(2 ** 70 == "x", 2 ** 70 != None, (2 ** 70, 1) < (2 ** 70, 2))
