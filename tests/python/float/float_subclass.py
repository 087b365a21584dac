# Checks subclasses of float and complex: values, arithmetic results' types, repr overrides and methods.
class Money(float):
    def __repr__(self):
        return "Money(%r)" % (self + 0.0)
    def double(self):
        return Money(self * 2)
m = Money(2.5)
print(m, repr(m), m + 1, type(m + 1).__name__, type(m.double()).__name__, m.double())
print(isinstance(m, float), m == 2.5, m < 3, hash(m) == hash(2.5), int(m), type(-m).__name__)
print({2.5: "x"}[m], sorted([Money(3.0), Money(1.0), Money(-1.0)]), Money(1.5) + Money(1.0))
class C(complex):
    pass
c = C(1, 2)
print(c, c.real, c.imag, type(c * 2).__name__, c == 1 + 2j)
