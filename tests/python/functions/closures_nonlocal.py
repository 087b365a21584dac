# Checks nested functions, closures capturing variables, and nonlocal rebinding.
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(0)))
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2(), c1())
def outer():
    x = "outer"
    def inner():
        return x
    x = "changed"
    return inner()
print(outer())
def shared():
    value = [0]
    def get():
        return value[0]
    def setv(v):
        value[0] = v
    return get, setv
g, s = shared()
print(g())
s(42)
print(g())
def accum():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    def get():
        return total
    return add, get
add, get = accum()
add(3)
add(4)
print(get(), add(10), get())
def three_levels():
    a = 1
    def middle():
        b = 2
        def inner():
            nonlocal a, b
            a += 10
            b += 20
            return a + b
        r = inner()
        return r, b
    r = middle()
    return r, a
print(three_levels())
fns = []
for i in range(3):
    def f(i=i):
        return i * 100
    fns.append(f)
for f in fns:
    print(f())
late = []
for i in range(3):
    late.append(lambda: i)
for f in late:
    print(f())
def make_multipliers():
    out = []
    for k in range(1, 4):
        def mul(x, k=k):
            return x * k
        out.append(mul)
    return out
for m in make_multipliers():
    print(m(10))
def uses_enclosing_param(p):
    def helper():
        return p * 2
    p = p + 1
    return helper()
print(uses_enclosing_param(5))
def compose(f, g):
    return lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
