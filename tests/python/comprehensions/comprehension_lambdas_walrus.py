# Lambdas inside comprehensions, walrus in comprehensions, and multi-clause comprehension order.
ops = [lambda x, k=k: x * k for k in range(1, 4)]
print([op(10) for op in ops])
late = [lambda x: x * k for k in range(1, 4)]
print([op(10) for op in late])  # all see the final k of that comprehension

# A comprehension over lambdas applied immediately.
print([(lambda v: v * v)(i) for i in range(5)])
print(list(map(lambda p: p[0] + p[1], [(1, 2), (3, 4)])))
print(sorted(["bb", "a", "ccc", "dd"], key=lambda s: (len(s), s)))
print({k: (lambda: k)() for k in "ab"})

# Nested comprehensions: clauses run left to right, like nested loops.
print([(i, j) for i in range(3) for j in range(i)])
print([(i, j) for i in range(4) if i % 2 for j in "xy" if j != "x" or i > 1])
print([[c * n for c in "ab"] for n in range(1, 3)])
print([y for x in [[1, 2], [3], []] for y in x])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])

# Walrus in a comprehension binds in the containing scope.
values = [3, 8, 1, 9]
doubled = [last := v * 2 for v in values]
print(doubled, last)
print([y for v in values if (y := v * v) > 10], y)
print(any((hit := v) > 5 for v in values), hit)
print(all((miss := v) < 9 for v in values), miss)


def inside_function():
    data = [5, 2, 7]
    running = 0
    partial = [running := running + d for d in data]
    return partial, running


print(inside_function())


def walrus_nested():
    pairs = [[(found := (i, j)) for j in range(2)] for i in range(2)]
    return pairs, found


print(walrus_nested())


# Filtering on an expensive expression computed once per element.
calls = []


def expensive(v):
    calls.append(v)
    return v % 3


kept = [(v, r) for v in range(7) if (r := expensive(v))]
print(kept, len(calls))

# Walrus in a dict and set comprehension.
d = {k: (sq := k * k) for k in range(4)}
print(d, sq)
s = sorted({(m := c.upper()) for c in "abca"})
print(s, m)

# A generator expression's walrus binds when the generator runs.
g = ((w := n) for n in range(3))
try:
    print(w)
except NameError:
    print("not bound before iterating")
print(list(g), w)


# Walrus and closures: the comprehension writes the function's variable.
def closure_and_walrus():
    total = 0
    adders = [lambda t=(total := total + i): t for i in range(4)]
    return [a() for a in adders], total


print(closure_and_walrus())

# Conditional expressions and lambdas in the element.
print([(lambda: "even")() if i % 2 == 0 else (lambda: "odd")() for i in range(4)])
print([f(3) for f in [lambda x: x + 1, lambda x: x * 2, lambda x: -x]])
compose = [lambda x, f=f, g=g: f(g(x)) for f in (abs, str) for g in (lambda x: x - 5,)]
print([c(2) for c in compose])
