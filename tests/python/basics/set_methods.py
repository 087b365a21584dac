# Checks set methods (add/discard/remove/pop/update/copy/clear, union and friends) printing sorted contents.
s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(9)
s.discard(3)
print(sorted(s), len(s))
try:
    s.remove(9)
except KeyError as e:
    print("KeyError", e.args)
s.remove(4)
print(sorted(s))
t = set(range(5))
t.update([10], (11,), "a")
print(sorted(t, key=str))
t = {2, 3}
u = t.copy()
u.add(99)
print(sorted(t), sorted(u))
p = {5}
print(p.pop(), p)
try:
    p.pop()
except KeyError:
    print("KeyError pop")
u.clear()
print(u, len(u), set(), set("aab") == {"a", "b"})
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a.union(b, [9])), sorted(a.intersection(b, [3])), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a.issubset([1, 2, 3, 4]), a.issuperset([1]), a.isdisjoint("xyz"), a.isdisjoint([3]))
print(sorted(a.union()), sorted(a.intersection()), a.union() is a)
