# Checks reversed(): __reversed__ is used when defined, else __len__ and __getitem__ from the end.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __reversed__(self):
        return iter(range(1, self.n + 1))
    def __iter__(self):
        return iter(range(self.n, 0, -1))
print(list(Countdown(3)), list(reversed(Countdown(3))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(Seq()))
class Stack(list):
    def __reversed__(self):
        return iter(["top"] + list(self))
print(list(reversed(Stack([1, 2]))), list(reversed([1, 2])))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
try:
    reversed({1, 2})
except TypeError:
    print("TypeError")
