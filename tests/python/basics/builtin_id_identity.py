# Checks id(): stable for one object, distinct for live objects, and consistent with `is`.
a = [1]
b = [1]
c = a
print(id(a) == id(c), id(a) == id(b), a is c, a is not b, a == b, type(id(a)).__name__)
objs = [object() for _ in range(20)]
print(len(set(id(o) for o in objs)), id(objs[0]) == id(objs[0]))
x = "text"
print(id(x) == id(x), id(None) == id(None), id(len) == id(len), id(True) != id(False))
t = (a, b)
print(id(t[0]) == id(a), id(t[1]) == id(b))
