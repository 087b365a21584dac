# Checks dict get/setdefault/pop/popitem/update/copy/clear and their edge cases.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 9), d.setdefault("c"), d)
print(d.pop("c"), d.pop("z", "dflt"), d)
try:
    d.pop("z")
except KeyError as e:
    print("KeyError", e.args)
d.update({"x": 1}, y=2)
d.update([("z", 3), ("a", 0)])
d.update(w=4)
print(d)
e = {}
try:
    e.popitem()
except KeyError:
    print("KeyError popitem")
f = {1: "one", 2: "two", 3: "three"}
print(f.popitem(), f.popitem(), f)
g = f.copy()
g[9] = 9
print(f, g)
g.clear()
print(g, len(g))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({1: 2}, c=3), dict(zip("ab", range(2))))
try:
    dict([(1, 2, 3)])
except ValueError:
    print("ValueError")
try:
    {}[[1]] = 2
except TypeError:
    print("TypeError")
h = {1: "int"}
h[1.0] = "float"
h[True] = "bool"
print(h)
print({1: 2} == {1.0: 2}, {1: 2} != {1: 3}, {} == {}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
try:
    {1: 2} < {1: 3}
except TypeError:
    print("TypeError <")
