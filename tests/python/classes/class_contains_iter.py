# Checks `in` through __contains__, falling back to __iter__ and then __getitem__, and __iter__ as a generator.
class WithContains:
    def __contains__(self, x):
        print("contains", x)
        return x == 3
    def __iter__(self):
        return iter([1, 2])
print(3 in WithContains(), 1 in WithContains(), 2 not in WithContains())
class IterOnly:
    def __iter__(self):
        print("iter")
        yield 1
        yield 2
        yield 3
print(2 in IterOnly(), 9 in IterOnly(), list(IterOnly()), sum(IterOnly()))
class GetItemOnly:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * i
print(16 in GetItemOnly(), 5 in GetItemOnly(), list(GetItemOnly()))
class Truthy:
    def __contains__(self, x):
        return "nonempty"
print(1 in Truthy(), 1 not in Truthy())
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError:
    print("TypeError")
class Tree:
    def __init__(self, *kids):
        self.kids = kids
    def __iter__(self):
        for k in self.kids:
            if isinstance(k, Tree):
                yield from k
            else:
                yield k
print(list(Tree(1, Tree(2, Tree(3)), 4)), 3 in Tree(Tree(3)))
