# Checks abstract-like base classes: NotImplementedError stubs, template methods and isinstance checks.
class Shape:
    def area(self):
        raise NotImplementedError("area")
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
class Circleish(Shape):
    pass
shapes = [Square(3), Circleish()]
for s in shapes:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print("NotImplementedError", e)
print(all(isinstance(s, Shape) for s in shapes), [type(s).__name__ for s in shapes if isinstance(s, Square)])
class Plugin:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(cls.__name__)
class P1(Plugin):
    pass
class P2(P1):
    pass
print(Plugin.registry, issubclass(P2, Plugin), isinstance(P2(), (Shape, Plugin)))
