# Checks sorting, min/max and equality of mixed ints, floats and bools, with ties keeping order.
vals = [3, 2.5, True, -1, 0.0, False, 2, 2.0, 10 ** 20, 1e19]
print(sorted(vals))
print(sorted(vals, reverse=True))
print(min(vals), max(vals), min(2, 2.0), min(2.0, 2), max(1, True), max(True, 1))
print(sorted([(1.0, "a"), (1, "b"), (True, "c")]), sorted([2, 2.0, 2], key=lambda x: -x))
print(list(map(type, sorted([1.0, 1, True]))))
print(1 == 1.0 == True, 0.1 + 0.2 == 0.3, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print([1, 2.0] == [1.0, 2], (1, 2) < (1.0, 2.5), {1: 0} == {1.0: 0})
