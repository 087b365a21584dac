# Checks classmethods as alternate constructors: cls is the subclass when called through it, also from instances.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @classmethod
    def parse(cls, text):
        x, y = text.split(",")
        return cls(int(x), int(y))
    @staticmethod
    def distance(a, b):
        return abs(a.x - b.x) + abs(a.y - b.y)
    def __repr__(self):
        return "%s(%d, %d)" % (type(self).__name__, self.x, self.y)
class Point3(Point):
    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z
print(Point.origin(), Point3.origin(), Point.parse("3,4"), Point3.parse("1,2"), Point3.parse("1,2").z)
p = Point(1, 1)
print(p.origin(), Point3(5, 5).parse("7,8"), Point.distance(p, Point.parse("4,5")), p.distance(p, p))
print(type(Point.__dict__["origin"]).__name__, type(Point.__dict__["distance"]).__name__)
f = Point3.origin
print(f(), f().z)
