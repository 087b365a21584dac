# Class statements: attributes, methods, instances and their own attributes.
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)


p = Point(3, -4)
print(p.x, p.y, p.dims, Point.dims, p.norm1())
q = p.moved(1)
print(q.x, q.y, q.norm1())
print(type(p) is Point, type(p).__name__, Point.__name__)
print(isinstance(p, Point), isinstance(3, Point))
p.dims = 3
print(p.dims, Point.dims)
del p.dims
print(p.dims)
Point.dims = 4
print(q.dims)
m = p.norm1
print(m())
print(Point.norm1(q))
print(sorted(p.__dict__.items()))


class Empty:
    pass


e = Empty()
e.a = 1
print(e.a, hasattr(e, "a"), hasattr(e, "b"), getattr(e, "b", "default"))
setattr(e, "b", 2)
print(e.b)
delattr(e, "a")
print(hasattr(e, "a"))
try:
    e.missing
except AttributeError:
    print("AttributeError")
try:
    Empty(1)
except TypeError:
    print("TypeError")
