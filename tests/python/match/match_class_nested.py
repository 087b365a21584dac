# Nested class patterns, __match_args__, built-in types matching their subject, and attribute lookups.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Line:
    __match_args__ = ("start", "end")

    def __init__(self, start, end):
        self.start = start
        self.end = end


class Labelled:
    __match_args__ = ("label", "shape")

    def __init__(self, label, shape):
        self.label = label
        self.shape = shape


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def describe(obj):
    match obj:
        case Line(Point(0, 0), Point(0, 0)):
            return "degenerate line at the origin"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return "vertical line x=%d from %d to %d" % (x1, y1, y2)
        case Line(start=Point(y=0), end=Point(y=0)):
            return "line on the x axis"
        case Labelled(str(name), Line(Point3() as p, _)):
            return "%s starts at a 3D point z=%d" % (name, p.z)
        case Labelled(label=name, shape=Point(x=x) | Line(start=Point(x=x))):
            return "%s with x=%d" % (name, x)
        case Point3(x, y, 0):
            return "3D point on the plane (%d, %d)" % (x, y)
        case Point(x, y) if x == y:
            return "diagonal point %d" % x
        case Point():
            return "some point"
        case _:
            return "unknown"


samples = [
    Line(Point(0, 0), Point(0, 0)),
    Line(Point(3, 1), Point(3, 9)),
    Line(Point(1, 0), Point(5, 0)),
    Line(Point(1, 2), Point(5, 6)),
    Labelled("L", Line(Point3(1, 2, 3), Point(0, 0))),
    Labelled("P", Point(7, 8)),
    Labelled("Q", Line(Point(4, 5), Point(0, 0))),
    Labelled(5, Point(1, 1)),
    Point3(1, 2, 0),
    Point3(2, 2, 5),
    Point(4, 4),
    Point(4, 5),
    "nothing",
]
for s in samples:
    print(describe(s))


# Built-in types take one positional sub-pattern that matches the subject itself.
def builtin(value):
    match value:
        case bool(b):
            return "bool %r" % b
        case int(0):
            return "int zero"
        case int(n) if n < 0:
            return "negative int %d" % n
        case int(n):
            return "int %d" % n
        case str("") | list([]) | tuple(()) | dict({}):
            return "empty " + type(value).__name__
        case str(s):
            return "str of length %d" % len(s)
        case list([int(a), *_]):
            return "list starting with int %d" % a
        case tuple((x, y)):
            return "pair %r %r" % (x, y)
        case dict({"k": v}):
            return "dict with k=%r" % (v,)
        case _:
            return "other " + type(value).__name__


for v in [True, 0, -4, 12, "", [], (), {}, "abc", [1, "x"], ["x"], (1, 2), {"k": [1]}, {"j": 1}, None]:
    print(repr(v), "->", builtin(v))


# Keyword sub-patterns read any attribute, including properties and methods' results are not called.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def state(self):
        return "ice" if self.celsius <= 0 else "water" if self.celsius < 100 else "steam"


def phase(t):
    match t:
        case Temperature(state="ice", celsius=c):
            return "frozen at %d" % c
        case Temperature(state="steam"):
            return "boiling"
        case Temperature(missing_attribute=_):
            return "never: missing attributes do not match"
        case Temperature(state=s):
            return s


print([phase(Temperature(c)) for c in (-5, 0, 40, 100, 150)])

# A class with no __match_args__ accepts only keyword sub-patterns.
class Bare:
    def __init__(self):
        self.v = 1


match Bare():
    case Bare(v=1):
        print("Bare matched by keyword")
try:
    match Bare():
        case Bare(1):
            pass
except TypeError:
    print("TypeError: Bare accepts no positional sub-patterns")

# The class in a pattern must be a class.
not_a_class = "str"
try:
    match "x":
        case not_a_class():
            pass
except TypeError:
    print("TypeError: called match pattern must be a class")

# isinstance semantics: subclasses match a base-class pattern.
match Point3(1, 2, 3):
    case Point(x, y):
        print("Point3 matches Point(x, y):", x, y)
