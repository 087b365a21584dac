# dict.fromkeys (through the type, an instance and a subclass) and abs()
# with __abs__.
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), {}.fromkeys("x", [1]))


class D(dict):
    pass


d = D.fromkeys("ab", 5)
print(type(d).__name__, sorted(d.items()))


class Distance:
    def __init__(self, n):
        self.n = n

    def __abs__(self):
        return Distance(-self.n if self.n < 0 else self.n)


print(abs(Distance(-3)).n, abs(-7), abs(2.5), abs(-2 ** 70))
try:
    abs("x")
except TypeError:
    print("TypeError")
