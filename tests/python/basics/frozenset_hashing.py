# Checks frozenset hashing, use as dict key and set element, and its methods returning frozensets.
a = frozenset([1, 2, 3])
b = frozenset([3, 2, 1])
print(a == b, hash(a) == hash(b), hash(frozenset()) == hash(frozenset([])))
d = {a: "abc"}
print(d[b], d.get(frozenset([1, 2])))
s = {a, b, frozenset()}
print(len(s))
nested = frozenset([frozenset([1]), frozenset([1])])
print(len(nested), frozenset([1]) in nested)
print(type(a.union([4])).__name__, sorted(a.union([4])), sorted(a.difference([1])))
print(sorted(a.intersection([2, 9])), sorted(a.symmetric_difference([3, 4])))
print(a.issubset(range(5)), a.issuperset([1]), a.isdisjoint([7]))
c = a.copy()
print(c == a, sorted(c))
print(frozenset("hello") == frozenset("ohel"), len(frozenset("hello")))
try:
    a.add(4)
except AttributeError:
    print("AttributeError")
try:
    hash(frozenset([[1]]))
except TypeError:
    print("TypeError")
print({1, 2} == a - {3}, frozenset() == set(), not frozenset(), bool(frozenset([0])))
