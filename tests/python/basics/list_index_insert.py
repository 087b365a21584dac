# Checks list.index with start/stop, insert at any position, remove, count, extend and clear.
a = [1, 2, 3, 2, 1, 2]
print(a.index(2), a.index(2, 2), a.index(2, 4), a.index(1, -2), a.index(2, -3, -1))
for args in [(5,), (2, 4, 5), (1, 1, 4), (2, 10)]:
    try:
        print(a.index(*args))
    except ValueError:
        print("ValueError", args)
print(a.count(2), a.count(9), [].count(0))
b = [1, 2, 3]
b.insert(0, "a")
b.insert(-1, "b")
b.insert(100, "c")
b.insert(-100, "d")
b.insert(len(b), "e")
print(b)
b.remove("a")
print(b)
try:
    b.remove("zz")
except ValueError:
    print("ValueError remove")
c = [1, 1, 2]
c.remove(1)
print(c)
c.extend(range(3))
c.extend("xy")
c.extend((9,))
c.extend([])
print(c)
c += c
print(len(c))
c.clear()
print(c, len(c))
d = [3, 1]
d.reverse()
print(d)
e = d.copy()
e.append(0)
print(d, e)
print([0.0, 0, False].count(0), [1, True, 1.0].index(True))
