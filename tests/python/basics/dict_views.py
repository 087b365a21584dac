# Checks dict keys/values/items views: liveness, len, membership and iteration.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(len(k), len(v), len(it), "a" in k, 1 in v, ("a", 1) in it, ("a", 2) in it)
d["d"] = 4
print(list(k), list(v), list(it))
del d["a"]
print(list(k), len(v))
print(sorted(k), sorted(v), sorted(it))
print(list(d.keys())[1:], [v * 2 for v in d.values()], dict(d.items()) == d)
print(repr({}.keys()), repr({1: 2}.values()), repr({1: 2}.items()))
