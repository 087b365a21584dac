# Checks unary special methods: __neg__, __pos__, __invert__, __abs__, and TypeError when one is missing.
class V:
    def __init__(self, *c):
        self.c = c
    def __neg__(self):
        return V(*[-x for x in self.c])
    def __pos__(self):
        return V(*[abs(x) for x in self.c])
    def __invert__(self):
        return V(*reversed(self.c))
    def __abs__(self):
        return sum(x * x for x in self.c) ** 0.5
    def __repr__(self):
        return "V%r" % (self.c,)
v = V(3, -4)
print(-v, +v, ~v, abs(v), -(-v), ~~v)
class Nothing:
    pass
for op in (lambda x: -x, lambda x: +x, lambda x: ~x, lambda x: abs(x)):
    try:
        op(Nothing())
    except TypeError:
        print("TypeError")
