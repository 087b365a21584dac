# Arithmetic special methods, reflected and in-place forms, and NotImplemented.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Vec(" + repr(self.x) + ", " + repr(self.y) + ")"

    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(k * self.x, k * self.y)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return abs(self.x) + abs(self.y)

    def __invert__(self):
        return Vec(self.y, self.x)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)

    def __lshift__(self, k):
        return Vec(self.x << k, self.y << k)

    def __and__(self, other):
        return Vec(self.x & other.x, self.y & other.y)

    def __or__(self, other):
        return Vec(self.x | other.x, self.y | other.y)

    def __xor__(self, other):
        return Vec(self.x ^ other.x, self.y ^ other.y)


a = Vec(1, 2)
b = Vec(3, 5)
print(a + b, b - a, a * 3, 3 * a, -a, +a, ~a)
print(b // 2, b % 2, a ** 2, a << 2, a & b, a | b, a ^ b)
try:
    a + 1
except TypeError:
    print("TypeError for Vec + int")


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, item):
        self.items.append(item)
        return self


acc = Acc()
same = acc
acc += 1
acc += 2
print(acc.items, acc is same)

v = Vec(1, 1)
before = v
v += Vec(1, 1)  # no __iadd__: falls back to __add__, a new object
print(v, v is before)


class Meters:
    def __init__(self, n):
        self.n = n

    def __radd__(self, other):
        return Meters(other + self.n)

    def __rsub__(self, other):
        return Meters(other - self.n)


print((5 + Meters(2)).n, (5 - Meters(2)).n)
