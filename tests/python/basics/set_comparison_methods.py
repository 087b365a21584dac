# Checks set comparisons: <, <=, >, >= as proper and plain subsets, issubset/issuperset with any iterable.
a, b, c = {1, 2}, {1, 2, 3}, {4}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a > a, a >= a, a < c, c < a, a == {2, 1}, a != b)
print(a.issubset(b), a.issubset([1, 2]), a.issubset(range(2)), b.issuperset((1, 2)), b.issuperset("ab"))
print(a.isdisjoint(c), a.isdisjoint([2, 5]), set().issubset(c), set().isdisjoint(set()), frozenset(a) <= b)
print(sorted([{3}, {1, 2}, {1}], key=len), {1} < {1, 2} < {1, 2, 3}, {1} < {2} or {2} < {1})
for bad in (lambda: a < [1, 2, 3], lambda: a <= "12", lambda: a.issubset(5)):
    try:
        bad()
    except TypeError:
        print("TypeError")
