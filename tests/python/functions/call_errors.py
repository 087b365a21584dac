# Bad calls raise TypeError (only the type is printed): arity, keywords, unpacking, non-callables.
def f(a, b=1, *, c, d=4):
    return a, b, c, d


def g(*args, **kwargs):
    return args, sorted(kwargs.items())


class NoInit:
    pass


class WithInit:
    def __init__(self, x):
        self.x = x

    def method(self, y):
        return self.x + y

    @staticmethod
    def static(z):
        return z

    @classmethod
    def klass(cls, w):
        return w


five, text, nothing = 5, "abc", None
cases = [
    ("ok", lambda: f(1, c=3)),
    ("missing positional", lambda: f(c=3)),
    ("missing keyword-only", lambda: f(1)),
    ("too many positional", lambda: f(1, 2, 3, c=3)),
    ("unexpected keyword", lambda: f(1, c=3, e=5)),
    ("duplicate via keyword", lambda: f(1, a=1, c=3)),
    ("duplicate via **", lambda: f(1, **{"a": 2, "c": 3})),
    ("** of non-mapping", lambda: g(**[1, 2])),
    ("** with non-str keys", lambda: g(**{1: 2})),
    ("* of non-iterable", lambda: g(*5)),
    ("* of None", lambda: g(*None)),
    ("calling an int", lambda: five()),
    ("calling a str", lambda: text()),
    ("calling None", lambda: nothing()),
    ("class without __init__ given args", lambda: NoInit(1)),
    ("__init__ missing arg", lambda: WithInit()),
    ("__init__ extra arg", lambda: WithInit(1, 2)),
    ("method via class without self", lambda: WithInit.method(5)),
    ("method extra arg", lambda: WithInit(1).method(2, 3)),
    ("method ok", lambda: WithInit(1).method(2)),
    ("unbound method ok", lambda: WithInit.method(WithInit(10), 5)),
    ("staticmethod extra arg", lambda: WithInit.static(1, 2)),
    ("classmethod missing arg", lambda: WithInit.klass()),
    ("classmethod ok", lambda: WithInit(0).klass(7)),
    ("lambda keyword", lambda: (lambda x: x)(y=1)),
    ("builtin keyword", lambda: len(obj="abc")),
    ("builtin too many", lambda: abs(1, 2)),
    ("kwonly given positionally", lambda: f(1, 2, 3)),
    ("ok all keywords", lambda: f(d=0, c=1, b=2, a=3)),
]
for label, call in cases:
    try:
        print(label, "->", call())
    except TypeError as e:
        print(label, "-> TypeError")


# A TypeError raised inside the function is not confused with a call error.
def raises_inside(x):
    return x + "s"


try:
    raises_inside(1)
except TypeError:
    print("TypeError from the body")


# The error happens before the body runs: no side effects.
log = []


def logged(a, b):
    log.append("ran")


try:
    logged(1)
except TypeError:
    pass
try:
    logged(1, 2, 3)
except TypeError:
    pass
print("body ran", len(log), "times")

# Arguments are evaluated before the arity check.
def arg(v):
    log.append(v)
    return v


log.clear()
try:
    logged(arg(1), arg(2), arg(3))
except TypeError:
    print("evaluated first:", log)

# Errors inside argument expressions propagate as themselves.
try:
    f(1 // 0, c=1)
except ZeroDivisionError:
    print("ZeroDivisionError from an argument")
try:
    g(*[1, 2], **{"k": [][0]})
except IndexError:
    print("IndexError from a ** argument")
