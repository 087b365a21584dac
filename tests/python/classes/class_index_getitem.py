# Checks __getitem__ receiving ints, slice objects and tuples, and __setitem__/__delitem__ with tuple keys.
class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return ("item", key)
s = Seq()
print(s[1], s[1:2], s[::3], s[:5:-1], s["k"], s[1, 2])
class Grid:
    def __init__(self):
        self.cells = {}
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __getitem__(self, key):
        return self.cells.get(key, ".")
    def __delitem__(self, key):
        del self.cells[key]
g = Grid()
g[0, 1] = "x"
g[2, 2] = "o"
del g[2, 2]
print(g[0, 1], g[2, 2], sorted(g.cells))
