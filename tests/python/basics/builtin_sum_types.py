# Checks sum() over ints, floats, bools, lists and tuples with start, generators, and refusing str.
print(sum([]), sum([], 5), sum(range(101)), sum([0.1] * 10), sum([1, 2.5, True]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum((x * x for x in range(4)), 100))
print(sum([1, 2], start=10), sum(iter([3, 4])), sum({1: "a", 2: "b"}), sum([10 ** 20, 1]))
print(sum([1j, 2]), sum([-1, -2]), type(sum([True, False])).__name__, sum(set([1, 2, 3])))
for bad in (lambda: sum(["a", "b"]), lambda: sum(5), lambda: sum([1, "a"]), lambda: sum([[1]], 0)):
    try:
        bad()
    except TypeError:
        print("TypeError")
