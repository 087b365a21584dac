# Checks a list subclass that overrides append and __getitem__: built-in callers use the base behaviour where CPython does.
class Logged(list):
    def append(self, item):
        print("append", item)
        super().append(item)
    def __getitem__(self, index):
        value = super().__getitem__(index)
        return value * 10 if isinstance(index, int) else value
l = Logged([1, 2])
l.append(3)
print(l[0], l[-1], l[0:2], len(l), l, list(l), sum(l), 2 in l)
l.extend([4])
l += [5]
print(l, type(l).__name__, type(l + [6]).__name__, type(l[:]).__name__, l == [1, 2, 3, 4, 5])
class Row(list):
    def __init__(self, *items):
        super().__init__(items)
        self.width = len(items)
r = Row(1, 2)
r.append(3)
print(r, r.width, len(r), r == [1, 2, 3], Row() == [], sorted(Row(3, 1)), type(sorted(Row(3, 1))).__name__)
