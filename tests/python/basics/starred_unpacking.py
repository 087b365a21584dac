# Starred targets in every position, nested targets, and unpacking in for loops and displays.
class Box:
    pass


log = []


class Recorder:
    def __setitem__(self, key, value):
        log.append((key, value))


first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = (1, 2, 3, 4)
print(init, last)
a, *middle, z = "abcdef"
print(a, middle, z)
a, *middle, z = "ab"
print(a, middle, z)
*everything, = range(4)
print(everything)
[*only] = "xyz"
print(only)
a, b, *rest = 1, 2
print(a, b, rest)
*rest, a, b = 1, 2
print(rest, a, b)
a, *rest, b, c = range(6)
print(a, rest, b, c)

# The starred target always gets a list, whatever was unpacked.
for source in ((1, 2, 3), "abc", range(3), iter([1, 2, 3]), {"k": 1, "l": 2, "m": 3}):
    h, *t = source
    print(type(t).__name__, h, t)

# Nested targets, with stars at different depths.
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
[a, [b, *c]], d = [0, [1, 2, 3]], 4
print(a, b, c, d)
(a, b), (c, *d), *e = "ab", "cde", "f", "g"
print(a, b, c, d, e)
a, (b, (c, (d, *e))) = 1, (2, (3, (4, 5, 6)))
print(a, b, c, d, e)

# Targets can be any assignable expression, including attributes and subscripts.
box = Box()
items = [0, 0, 0]
box.head, *items[1:], box.tail = range(5)
print(box.head, items, box.tail)
d = {}
d["a"], *d["rest"] = "xyz"
print(sorted(d.items()))

# Unpacking in for loops.
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
for (i, ch), *more in [((0, "a"), "p", "q"), ((1, "b"),)]:
    print(i, ch, more)
for i, (key, value) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(i, key, value)
pairs = list(zip("abc", range(3)))
for *_, n in pairs:
    print(n, end=" ")
print()

# Star expressions in displays and calls.
nums = [1, 2]
print([*nums, *"ab", *range(2)])
print((*nums, 3))
print({**{"a": 1}, "b": 2, **{"a": 3}})
print(*nums, *reversed(nums), sep="-")
t = *nums, *nums
print(t)
x = [*[], *()]
print(x)

# Swapping and rotating through unpacking.
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [5, 6, 7, 8]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
lst[1:3], lst[0] = [[9, 9], [8]], "first"
print(lst)

# Targets are assigned left to right.
r = Recorder()
r[1], *r[2], r[3] = "abcd"
print(log)
