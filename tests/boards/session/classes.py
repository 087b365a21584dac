# Classes: inheritance, super(), properties, special methods, class and static methods.
class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, self.area())


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def __eq__(self, other):
        return isinstance(other, Rect) and self.area() == other.area()

    def __lt__(self, other):
        return self.area() < other.area()


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

    @property
    def side(self):
        return self.w

    @classmethod
    def unit(cls):
        return cls(1)

    @staticmethod
    def describe():
        return "four equal sides"


shapes = [Rect(2, 3), Square(2), Square.unit(), Rect(1, 1)]
print(shapes, Shape.count)
print(sorted(shapes), Square(3).side, Square.describe())
print(Rect(1, 1) == Square(1), isinstance(Square(1), Shape), issubclass(Square, Rect))
print([type(s).__name__ for s in shapes], hasattr(shapes[1], "side"))


class Counter:
    def __init__(self):
        self.items = {}

    def __getitem__(self, key):
        return self.items.get(key, 0)

    def __setitem__(self, key, value):
        self.items[key] = value

    def __len__(self):
        return len(self.items)

    def __contains__(self, key):
        return key in self.items


c = Counter()
for word in "a b a c b a".split():
    c[word] += 1
print(c["a"], c["b"], c["z"], len(c), "c" in c)
