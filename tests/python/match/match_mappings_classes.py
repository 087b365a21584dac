# Mapping and class patterns, keyword and positional sub-patterns, as-patterns.
def event(value):
    match value:
        case {"type": "click", "pos": (x, y)}:
            return "click at " + str(x) + "," + str(y)
        case {"type": "key", "key": key, **rest}:
            return "key " + key + " extra " + str(sorted(rest.items()))
        case {"type": kind}:
            return "other event " + kind
        case {}:
            return "empty mapping"
    return "not a mapping"


print(event({"type": "click", "pos": (3, 4)}))
print(event({"type": "key", "key": "a", "shift": True, "alt": False}))
print(event({"type": "scroll", "extra": 1}))
print(event({"other": 1}))
print(event([1]))


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Circle:
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return "on the y axis at " + str(y)
        case Point(x, 0) as p:
            return "on the x axis at " + str(x) + " " + str(p is shape)
        case Circle(center=Point(x, y), radius=r) if r > 10:
            return "big circle at " + str(x) + "," + str(y)
        case Circle(radius=r):
            return "circle radius " + str(r)
        case Point():
            return "some point"
        case int(n) | str(n):
            return "builtin " + repr(n)
    return "unknown"


for s in [Point(0, 0), Point(0, 5), Point(7, 0), Point(1, 1), Circle(Point(1, 2), 20), Circle(Point(0, 0), 1), 4, "s", None]:
    print(where(s))

try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError:
    print("TypeError: too many positional sub-patterns")
