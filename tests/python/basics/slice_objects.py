# Checks slice objects: attributes, repr, equality, use as subscripts for get, set and delete.
s = slice(1, 5, 2)
print(s.start, s.stop, s.step, s, slice(3), slice(None), slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3))
data = list(range(8))
print(data[s], data[slice(None, None, -3)], "abcdefgh"[s], tuple(data)[slice(-2, None)])
data[slice(0, 2)] = ["a", "b", "c"]
print(data)
del data[slice(None, None, 2)]
print(data)
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
print(p[1:2], p[::3], p[:], p[1:2, 3], p[..., 1:])
print(slice("a", [1], None).start, slice(1, 2, 3) == slice(1, 2, 3), slice(1, 2) == (1, 2))
