# Checks sorted() on every kind of iterable: it always returns a new list and leaves its input unchanged.
data = [3, 1, 2]
result = sorted(data)
print(result, data, result is not data, sorted((2, 1)), sorted({3, 1, 2}), sorted({"b": 1, "a": 2}))
print(sorted("cab"), sorted(b"cab"), sorted(range(5, 0, -1)), sorted(x % 3 for x in range(6)), sorted(iter([2, 1])))
print(sorted({"b": 1, "a": 2}.items()), sorted({"b": 1, "a": 2}.values()), sorted([[2, 1], [1, 2], [1]]))
print(sorted([1, 2, 3], key=lambda x: x % 2), sorted(["bb", "a", "ccc"], key=len, reverse=True))
for bad in (lambda: sorted(5), lambda: sorted([1, "a"]), lambda: sorted([1], key=1), lambda: sorted([1], 1)):
    try:
        bad()
    except TypeError:
        print("TypeError")
