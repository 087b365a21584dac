# Checks the order of operator methods: __add__, then the other's __radd__, NotImplemented chains, and in-place fallbacks.
log = []
class L:
    def __add__(self, other):
        log.append("L.add")
        return NotImplemented
    def __lt__(self, other):
        log.append("L.lt")
        return NotImplemented
class R:
    def __radd__(self, other):
        log.append("R.radd")
        return "R wins"
    def __gt__(self, other):
        log.append("R.gt")
        return True
print(L() + R(), L() < R(), log)
log.clear()
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))
    __radd__ = __add__
    def __iadd__(self, other):
        self.v += 100
        return self
    def __repr__(self):
        return "Num(%r)" % self.v
a = Num(1)
alias = a
a += 1
print(a, alias is a, 1 + Num(2), Num(2) + 1, sum([Num(1), Num(2)]), [Num(1)] * 2)
class NoIadd:
    def __init__(self, v):
        self.v = v
    def __mul__(self, k):
        return NoIadd(self.v * k)
b = NoIadd(3)
keep = b
b *= 2
print(b.v, keep.v, b is keep)
for bad in (lambda: L() + L(), lambda: R() + R(), lambda: L() < L()):
    try:
        bad()
    except TypeError:
        print("TypeError")
