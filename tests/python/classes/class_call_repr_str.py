# Checks __call__, and __repr__ vs __str__ in print, containers, format and f-strings.
class Both:
    def __repr__(self):
        return "R"
    def __str__(self):
        return "S"
class ReprOnly:
    def __repr__(self):
        return "RO"
b, r = Both(), ReprOnly()
print(b, r, [b, r], (b,), {"k": b}, str(b), repr(b), str(r))
print(f"{b} {b!r} {b!s} {r}", "{} {!r}".format(b, b), "%s %r" % (b, b), format(b))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kw):
        self.calls += 1
        return args, sorted(kw.items())
c = Counter()
print(c(), c(1, 2), c(a=1), c.calls, callable(c))
print(list(map(Counter(), [1, 2])))
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
print(sorted([3, 1, 2], key=Adder(-10)), Adder(5)(Adder(1)(0)))
