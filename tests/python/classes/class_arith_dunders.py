# Checks arithmetic dunders: binary, reflected, in-place (with and without __iXXX__) and unary forms.
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "N(%r)" % (self.v,)
for name, op in [("add", "+"), ("sub", "-"), ("mul", "*"), ("truediv", "/"), ("floordiv", "//"), ("mod", "%"), ("pow", "**"), ("lshift", "<<"), ("rshift", ">>"), ("and", "&"), ("or", "|"), ("xor", "^"), ("matmul", "@")]:
    def fwd(self, o, op=op):
        return N("(%r %s %r)" % (self.v, op, getattr(o, "v", o)))
    def rev(self, o, op=op):
        return N("(%r %s %r)r" % (o, op, self.v))
    setattr(N, "__%s__" % name, fwd)
    setattr(N, "__r%s__" % name, rev)
a = N(1)
print(a + 2, 2 + a, a - 2, 2 - a, a * a, 3 * a, a / 2, 2 / a, a // 2, 2 // a, a % 2, 2 % a)
print(a ** 2, 2 ** a, a << 1, 1 << a, a >> 1, 1 >> a, a & 1, 1 & a, a | 1, 1 | a, a ^ 1, 1 ^ a, a @ 1, 1 @ a)
b = N(5)
b += 1
print(b)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __neg__(self):
        return "neg"
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return "inv"
acc = Acc()
same = acc
acc += 1
acc += 2
print(acc is same, acc.items, -acc, +acc, ~acc)
try:
    acc - 1
except TypeError:
    print("TypeError")
