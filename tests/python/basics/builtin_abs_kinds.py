# Checks abs() on ints, big ints, bools, floats (signed zero), complex, int subclasses and __abs__; TypeError otherwise.
class Count(int):
    pass
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(abs(-5), abs(5), abs(0), abs(-2 ** 70), abs(True), abs(False), abs(-0.0), abs(-1.5), abs(3 - 4j))
print(abs(Count(-4)), type(abs(Count(-4))).__name__, abs(Vector(3, 4)), abs(float("-inf")), abs(-10 ** 20) == 10 ** 20)
for bad in ("x", None, [1], (1,)):
    try:
        abs(bad)
    except TypeError:
        print("TypeError")
