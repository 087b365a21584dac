# Container special methods: len, items, contains, iteration, bool.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __len__(self):
        return self.w * self.h

    def __getitem__(self, pos):
        if not isinstance(pos, tuple):
            raise TypeError("need a position")
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("outside")
        return self.cells.get(pos, ".")

    def __setitem__(self, pos, value):
        self.cells[pos] = value

    def __delitem__(self, pos):
        del self.cells[pos]

    def __contains__(self, value):
        return value in self.cells.values()

    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield self[x, y]


g = Grid(3, 2)
g[1, 0] = "#"
g[2, 1] = "@"
print(len(g), g[1, 0], g[0, 0], "#" in g, "%" in g)
print(list(g), list(g)[:3])
del g[1, 0]
print("#" in g, bool(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError", e)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(4)), sum(Countdown(5)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


class Sized:
    def __len__(self):
        return 0


print(bool(Flag(True)), bool(Flag(False)), not Flag(False), bool(Sized()))
print("yes" if Flag(True) else "no", "yes" if Sized() else "no")
