# Checks a user sequence with __len__, __getitem__ (ints and slices), __setitem__, __delitem__, __contains__, __iter__.
class Row:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, index):
        if isinstance(index, slice):
            return Row(*self.items[index])
        return self.items[index]
    def __setitem__(self, index, value):
        self.items[index] = value
    def __delitem__(self, index):
        del self.items[index]
    def __contains__(self, value):
        return value in self.items
    def __iter__(self):
        return iter(self.items)
    def __repr__(self):
        return "Row%r" % (tuple(self.items),)
r = Row(1, 2, 3, 4)
print(len(r), r[0], r[-1], r[1:3], r[::-1], 3 in r, 9 in r, list(r), bool(r), bool(Row()))
r[0] = "a"
r[1:3] = ["x"]
del r[-1]
print(r, sorted(Row(3, 1, 2)), max(Row(5, 9)), list(enumerate(Row("p"))), [x for x in r if x != "x"])
a, b = Row(7, 8)
print(a, b, *Row(1, 2), dict(zip(Row("k"), Row("v"))))
try:
    r[10]
except IndexError:
    print("IndexError")
