# Generator expressions: lazy, single pass, and their own scope.
squares = (x * x for x in range(5))
print(next(squares), next(squares))
print(list(squares))
print(list(squares))
print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list((x, y) for x in range(3) for y in "ab" if x != 1))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))

# The first iterable is evaluated at once; the rest when the generator runs.
evaluated = []


def source(name, values):
    evaluated.append(name)
    return values


gen = (a + b for a in source("first", [1, 2]) for b in source("second", [10]))
print(evaluated)
print(list(gen), evaluated)

# Errors in the first iterable happen where the expression is.
try:
    (x for x in 5)
except TypeError:
    print("TypeError")


def lazy():
    n = 0
    while True:
        yield n
        n += 1


g = (v * 2 for v in lazy() if v % 3 == 0)
print([next(g) for _ in range(4)])
print(sorted(c for c in "generator"))
print(tuple(str(i) for i in range(3)))
print(dict((k, len(k)) for k in ["one", "three"]))
