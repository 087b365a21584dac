# Checks set's in-place methods (update, intersection_update, difference_update, symmetric_difference_update).
s = {1, 2, 3}
print(s.update([4], (5, 6)), sorted(s))
print(s.intersection_update([1, 2, 3, 4], {2, 3, 4, 9}), sorted(s))
print(s.difference_update([2], "ab", {3}), sorted(s))
s = {1, 2, 3}
print(s.symmetric_difference_update([3, 4, 4]), sorted(s))
s.intersection_update()
print(sorted(s))
s.intersection_update(s)
print(sorted(s))
s.difference_update(s)
print(s)
t = {1, 2}
alias = t
t.update(range(3, 6))
t &= {1, 3, 5, 7}
t -= {5}
t ^= {3, 9}
print(sorted(t), alias is t)
print(hasattr(frozenset(), "update"), hasattr(frozenset(), "intersection_update"), hasattr(set(), "difference_update"))
f = frozenset([1, 2])
g = f
f |= {3}
print(sorted(f), sorted(g), f is g)
try:
    s.symmetric_difference_update([1], [2])
except TypeError:
    print("TypeError")
