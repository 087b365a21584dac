# Checks dict keys of many types: equal numbers share a slot, tuples and frozensets as keys.
d = {}
d[1] = "a"
d[1.0] = "b"
d[True] = "c"
d[0] = "z"
d[0.0] = "y"
d[False] = "x"
print(len(d), d[1], d[0])
d[(1, 2)] = "tuple"
d[frozenset([1, 2])] = "fs"
d[None] = "none"
d["s"] = "str"
d[b"s"] = "bytes"
print(d[(1.0, 2)], d[frozenset([2, 1])], d[None], d["s"], d[b"s"])
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0), hash(2 ** 70) == hash(float(2 ** 70)))
big = {2 ** 100: "big", -2 ** 100: "neg"}
print(big[2 ** 100], big[-(2 ** 100)], (2 ** 100 + 1) in big)
try:
    d[{}]
except TypeError:
    print("TypeError dict")
try:
    d[[1]] = 1
except TypeError:
    print("TypeError list")
try:
    print(d[set()])
except TypeError:
    print("TypeError set")
try:
    d["missing"]
except KeyError as e:
    print(repr(e), str(e))
