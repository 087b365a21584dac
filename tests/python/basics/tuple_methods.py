# Checks tuple count/index, comparisons, hashing, concatenation and constructor behaviour.
t = (1, 2, 3, 2, 1)
print(t.count(1), t.count(7), t.index(2), t.index(2, 2), t.index(1, 1, 5))
try:
    t.index(3, 0, 2)
except ValueError:
    print("ValueError")
print((1, 2) < (1, 2, 0), (1, 3) > (1, 2, 9), (), () < (0,), (1,) == (1.0,))
print(hash((1, 2)) == hash((1, 2)), hash((1, "a")) == hash((1.0, "a")))
print({(1, 2): "a"}[(1, 2)])
print(t + (4,), t * 2, 2 * (0,), () * 5, (9,) * -1)
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple(x * x for x in range(4)))
u = (1, 2)
print(tuple(u) is u, len(()), len((None,)))
try:
    hash(([1], 2))
except TypeError:
    print("TypeError unhashable")
try:
    (1, 2) + [3]
except TypeError:
    print("TypeError concat")
x, *rest = t
print(x, rest, max(t), min(t), sum(t), sorted(t), 3 in t, 9 not in t)
print(repr((1,)), repr(()), repr(((),)), str(("a", 'b"')))
