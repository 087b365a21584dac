# Checks user objects as dict keys and set members: identity hashing by default, __hash__/__eq__ for value keys.
class Plain:
    pass
a, b = Plain(), Plain()
d = {a: 1, b: 2}
print(d[a], d[b], len({a, a, b}), a in d, Plain() in d, hash(a) == hash(a))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
grid = {Point(0, 0): "origin", Point(1, 2): "p"}
print(grid[Point(0, 0)], grid.get(Point(1, 2)), Point(5, 5) in grid, len({Point(1, 1), Point(1, 1), Point(1, 2)}))
class EqOnly:
    def __eq__(self, other):
        return True
try:
    {EqOnly()}
except TypeError:
    print("TypeError")
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError:
    print("TypeError")
class Child(Point):
    pass
print(Child(0, 0) in grid, hash(Child(1, 2)) == hash(Point(1, 2)))
