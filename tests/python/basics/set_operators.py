# Checks set and frozenset operators, their in-place forms, comparisons and mixed-type results.
a, b = {1, 2, 3}, {3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
c = set(a)
c |= b
print(sorted(c))
c &= {1, 3, 4, 8}
print(sorted(c))
c -= {1}
print(sorted(c))
c ^= {4, 5}
print(sorted(c))
print({1} < {1, 2}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 2, 3} > {1}, {1} >= {2}, {1} == {1.0})
print(set() == frozenset(), {1, 2} == frozenset([2, 1]), {1} != {2})
f = frozenset([1, 2])
print(type(f | {3}).__name__, type({3} | f).__name__, type(f & f).__name__, type(f - {1}).__name__)
g = f
g |= {9}
print(sorted(g), sorted(f), g is f)
try:
    {1} | [2]
except TypeError:
    print("TypeError list")
try:
    {1} < [1, 2]
except TypeError:
    print("TypeError compare")
print(2 in a, 9 in a, [] in [[]], (1, 2) in {(1, 2)})
try:
    [] in {1}
except TypeError:
    print("TypeError unhashable")
