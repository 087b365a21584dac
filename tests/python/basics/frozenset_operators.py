# Checks frozenset with set operators: the left operand decides the result type, and equality ignores the type.
f = frozenset([1, 2, 3])
s = {2, 3, 4}
for result in (f | s, f & s, f - s, f ^ s, s | f, s & f, s - f, s ^ f):
    print(type(result).__name__, sorted(result))
print(f == {1, 2, 3}, {1, 2, 3} == f, f != s, f <= {1, 2, 3, 4}, f < f, f <= f, s > {3})
print(f.union([9]), f.intersection("ab", [2]), f.difference(range(2)), f.symmetric_difference([3, 5]))
print(frozenset() == set(), frozenset("aa") == frozenset("a"), len(frozenset(range(100))))
print({f: "key"}[frozenset([3, 2, 1])], f in {frozenset([1, 2, 3])}, frozenset([f]) == {f})
c = f.copy()
print(c == f, type(c).__name__, frozenset(f) == f)
try:
    {[1]}
except TypeError:
    print("TypeError")
