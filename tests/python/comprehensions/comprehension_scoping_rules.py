# Comprehension scopes inside classes, functions and other comprehensions.
class Table:
    rows = [1, 2]
    cols = "ab"
    # Only the first iterable is evaluated in the class body.
    first_only = [r * 10 for r in rows]
    try:
        pairs = [(r, c) for r in rows for c in cols]  # cols is not visible here
    except NameError as e:
        pairs = type(e).__name__
    try:
        filtered = [r for r in rows if r in rows]  # nor is rows in the condition
    except NameError as e:
        filtered = type(e).__name__
    # Passing through a default argument or a lambda parameter makes it visible.
    via_lambda = (lambda cols: [(r, c) for r in [1] for c in cols])(cols)


print(Table.first_only, Table.pairs, Table.filtered, Table.via_lambda)


def in_function():
    rows = [1, 2]
    cols = "ab"
    # In a function, every part of the comprehension sees the function's locals.
    return [(r, c) for r in rows for c in cols if c in cols]


print(in_function())

# Comprehensions nested in comprehensions see the outer loop variable.
print([[(i, j) for j in range(i)] for i in range(3)])
print({i: {j: i * j for j in range(2)} for i in range(2)})
print([sum(j for j in range(i)) for i in range(5)])

# A loop variable named like an outer name shadows it only inside.
i = "outer i"
print([i for i in range(2)], i)
print([[i for i in "xy"] for i in range(2)], i)

# The comprehension's own variable does not leak; an inner one does not reach the outer.
result = [(a, [a * b for b in range(2)]) for a in range(2)]
try:
    b
except NameError:
    print("b did not leak", result)

# Closures created in a comprehension see the comprehension's variable (late binding).
funcs = [lambda: n for n in range(3)]
print([f() for f in funcs])


# Comprehensions in methods see self and the method's locals, not class attributes directly.
class Scaler:
    factor = 3

    def scale(self, values):
        local_offset = 1
        return [v * self.factor + local_offset for v in values]

    def try_bare_name(self, values):
        try:
            return [v * factor for v in values]
        except NameError as e:
            return type(e).__name__


s = Scaler()
print(s.scale([1, 2]), s.try_bare_name([1]))


# A comprehension in a generator function, and a generator expression in a class body.
def gen_with_comprehension():
    for k in range(2):
        yield [k + j for j in range(3)]


print(list(gen_with_comprehension()))


class Summary:
    values = [4, 5, 6]
    total = sum(v for v in values)
    biggest = max(values)


print(Summary.total, Summary.biggest)

# Nested functions inside a comprehension element.
adders = [(lambda k: (lambda x: x + k))(k) for k in range(3)]
print([add(10) for add in adders])

# Set and dict comprehensions follow the same rules as list comprehensions.
base = 10
print(sorted({base + v for v in range(3)}), {v: base for v in "ab"})
