# Rich comparisons, their reflection, __eq__ and __hash__.
class Version:
    def __init__(self, major, minor):
        self.key = (major, minor)

    def __eq__(self, other):
        return isinstance(other, Version) and self.key == other.key

    def __lt__(self, other):
        return self.key < other.key

    def __le__(self, other):
        return self.key <= other.key

    def __hash__(self):
        return hash(self.key)

    def __repr__(self):
        return "v" + str(self.key[0]) + "." + str(self.key[1])


a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a == c, a != b, a < b, a <= c, b > a, b >= a, a is c)
print(sorted([b, a, Version(0, 9)]))
print(max([a, b]), min([a, b]))
print(len({a, b, c}), {a: 1}[c])
print(a == 3, a != "x")


class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


try:
    hash(OnlyEq(1))
except TypeError:
    print("unhashable")
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(2))


class Plain:
    pass


p = Plain()
print(p == p, p == Plain(), p != Plain(), hash(p) == hash(p))
try:
    p < Plain()
except TypeError:
    print("TypeError for <")
