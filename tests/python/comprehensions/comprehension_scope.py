# The loop variable of a comprehension does not leak; the first iterable is
# evaluated in the enclosing scope, the rest inside.
x = "outer"
print([x for x in "abc"], x)


def make_adders():
    return [lambda y: y + i for i in range(3)]


print([f(10) for f in make_adders()])


def make_adders_bound():
    return [lambda y, i=i: y + i for i in range(3)]


print([f(10) for f in make_adders_bound()])


def closure_over_locals(n):
    scale = 3
    return [scale * v + n for v in range(n)]


print(closure_over_locals(4))


def nested_free():
    base = 100
    return [[base + i + j for j in range(2)] for i in range(2)]


print(nested_free())

# Walrus in a comprehension binds in the enclosing scope.
print([y for y in range(5) if (last := y) > 2], last)


def running_total():
    total = 0
    sums = [total := total + v for v in range(5)]
    return sums, total


print(running_total())

# The first iterable is evaluated once, before the loop starts.
calls = []


def source():
    calls.append("source")
    return [1, 2, 3]


print([v for v in source()], calls)
try:
    print([undefined_name for v in [1]])
except NameError:
    print("NameError")
print([v for v in range(3)] == list(range(3)))
