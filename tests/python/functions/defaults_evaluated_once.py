# Default values are evaluated once, when def runs; mutable defaults are shared between calls.
# Node is used further down, to show that methods share defaults between instances.
class Node:
    def __init__(self, name, children=[]):
        self.name = name
        self.children = children


evaluations = []


def make_default(label):
    evaluations.append(label)
    return []


def f(item, bucket=make_default("f")):
    bucket.append(item)
    return bucket


print(evaluations)
f(1)
f(2)
print(f(3), evaluations)
print(f(4, []), f(5))


def g(a=make_default("g.a"), b=make_default("g.b"), *, c=make_default("g.c")):
    return a, b, c


print(evaluations)  # left to right: positional defaults, then keyword-only
x1 = g()
x2 = g()
print(x1[0] is x2[0], x1[2] is x2[2], x1[0] is x1[1])

# Defaults are evaluated in the scope where def runs.
defs = []
for i in range(3):
    def h(v=i * 10):
        return v
    defs.append(h)
print([d() for d in defs])

# Rebinding the name used for a default does not change it.
base = 5


def uses_base(v=base):
    return v


base = 50
print(uses_base())


# A dict default accumulates too.
def count(word, seen={}):
    seen[word] = seen.get(word, 0) + 1
    return seen[word]


print([count(w) for w in "a b a c a b".split()])


# Defaults shared by every closure made by the same def execution, but fresh per execution.
def make():
    def inner(acc=[]):
        acc.append(len(acc))
        return acc

    return inner


i1 = make()
i2 = make()
i1()
i1()
print(i1(), i2())


# Methods share defaults between instances (Node is defined at the top).
n1 = Node("a")
n2 = Node("b")
n1.children.append("child of a")
print(n2.children, n1.children is n2.children)


# The usual fix: None as a sentinel.
def safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(safe(1), safe(2))

# Lambdas evaluate defaults once too.
lam = lambda v=make_default("lambda"): v
print(lam() is lam(), evaluations[-1])


# A default that raises stops the def, so the name stays unbound.
def failing_default():
    raise KeyError("default failed")


try:

    def broken(v=failing_default()):
        return v

except KeyError as e:
    print("KeyError", e.args)
try:
    broken
except NameError:
    print("broken was never defined")


# Defaults can refer to earlier parameters' defaults only through outer names.
size = 3


def grid(rows=size, cols=size * 2):
    return rows, cols


print(grid(), grid(1), grid(cols=1))

# Keyword-only defaults are independent from positional ones.
def kw(a, b=1, *, c=2, d):
    return a, b, c, d


print(kw(0, d=4), kw(0, 5, d=6, c=7))
