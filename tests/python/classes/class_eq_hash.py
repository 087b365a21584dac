# Checks __eq__/__hash__ interplay in sets and dicts: equal objects dedupe, __eq__ alone makes a class unhashable.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)
s = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(s), Point(1, 2) in s, Point(9, 9) in s, sorted(s, key=lambda p: (p.x, p.y)))
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], d.get(Point(0, 1)))
class EqOnly:
    def __eq__(self, o):
        return True
try:
    hash(EqOnly())
except TypeError:
    print("TypeError unhashable")
try:
    {EqOnly()}
except TypeError:
    print("TypeError set")
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), hash(p) == hash(p), len({p, p, Plain()}))
class Collide:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return self.n == o.n
print(len({Collide(i % 3) for i in range(10)}), Collide(2) in {Collide(2)})
class HashNone:
    __hash__ = None
try:
    hash(HashNone())
except TypeError:
    print("TypeError __hash__ None")
