# Checks list.sort and sorted with key, reverse, stability and errors from mixed types.
a = [5, 2, 9, 1, 5, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["pear", "Fig", "apple", "kiwi", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w.lower()))
# Stability: equal keys keep their original order, also with reverse=True.
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
b = []
b.sort()
print(b, sorted([]), sorted([7]))
print(sorted((3, 1, 2)), sorted("cab"), sorted({3: 0, 1: 0}), sorted(range(5, 0, -1)))
print(a.sort() is None)
try:
    [1, "x", 2].sort()
except TypeError:
    print("TypeError")
try:
    sorted([1, 2], key=lambda x: x / 0)
except ZeroDivisionError:
    print("ZeroDivisionError")
nested = [[2, 1], [1, 3], [1, 2], [2]]
nested.sort()
print(nested)
