# Checks all six comparison dunders, reflected fallbacks, NotImplemented and sorting of instances.
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return isinstance(o, V) and self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
    def __le__(self, o):
        return self.n <= o.n
    def __repr__(self):
        return "V%d" % self.n
a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a == V(1), a != V(1), a != b)
print(sorted([V(3), V(1), V(2)]))
try:
    a < 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
class OnlyEq:
    def __eq__(self, o):
        return NotImplemented
x = OnlyEq()
print(x == x, x == OnlyEq(), x != x, x != 1)
class Rich:
    def __lt__(self, o):
        return "lt-result"
    def __gt__(self, o):
        return "gt-result"
    def __ge__(self, o):
        return "ge-result"
    def __le__(self, o):
        return "le-result"
r = Rich()
print(r < 1, r > 1, 1 < r, 1 > r, 1 <= r, 1 >= r)
