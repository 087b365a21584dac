# Closures over loop variables: late binding, default-argument capture, and comprehension scopes.
late = []
for i in range(4):
    late.append(lambda: i * 10)
print([f() for f in late])
i = "rebound"
print([f() for f in late])  # they all read the module-level i now

early = []
for i in range(4):
    early.append(lambda i=i: i * 10)
print([f() for f in early], [f(7) for f in early])


def in_function():
    funcs = []
    for n in range(3):
        def show():
            return n
        funcs.append(show)
    before = [f() for f in funcs]
    n = "changed after loop"
    after = [f() for f in funcs]
    return before, after


print(in_function())


def while_loop_cells():
    funcs = []
    k = 0
    while k < 3:
        funcs.append(lambda: k)
        k += 1
    return [f() for f in funcs]


print(while_loop_cells())

# A comprehension has its own scope, but its lambdas still share one cell per comprehension.
shared = [lambda: x for x in range(3)]
print([f() for f in shared])
captured = [lambda x=x: x for x in range(3)]
print([f() for f in captured])

# Nested comprehensions: each level of for gets its own variable.
table = [[lambda r=r, c=c: (r, c) for c in range(2)] for r in range(2)]
print([[f() for f in row] for row in table])


def factory(n):
    return lambda: n


made = [factory(x) for x in range(3)]
print([f() for f in made])

# Comprehension loop variables do not leak.
x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)
gen = (x for x in "ab")
print(list(gen), x)
d = {x: x * 2 for x in range(3)}
print(d, x)

# Closures in generators see the generator's current value at call time.
def gen_closures():
    for v in range(3):
        yield lambda: v


got = []
for f in gen_closures():
    got.append(f())  # called while the generator is paused at that v
print(got)
print([f() for f in list(gen_closures())])


# Two closures created in the same iteration share that iteration's cell.
def pairs():
    out = []
    for j in range(2):
        def get():
            return j

        def bump():
            nonlocal j
            j += 100

        out.append((get, bump))
    return out


(g0, b0), (g1, b1) = pairs()
print(g0(), g1())
b0()
print(g0(), g1())


# Default arguments are evaluated at definition time, in the enclosing scope.
def defaults_at_def():
    results = []
    base = 1
    for step in range(3):
        results.append(lambda v, s=step * base: v + s)
        base *= 10
    return [f(0) for f in results]


print(defaults_at_def())


# The first iterable of a comprehension is evaluated in the enclosing scope.
def first_iterable():
    data = [1, 2, 3]
    return [[a * b for b in data] for a in data]


print(first_iterable())
