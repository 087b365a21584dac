# Or-patterns that bind names, guards with side effects, and the order patterns and guards run in.
def parse(command):
    match command:
        case ["move", ("up" | "down") as direction] | ["go", ("up" | "down") as direction]:
            return "vertical " + direction
        case ["move", direction] | ["go", direction] | (direction, "!"):
            return "move " + str(direction)
        case [("a" | "b" | "c") as letter, *_] | {"letter": letter}:
            return "letter " + letter
        case [x, y] | (y, x, None):
            return "pair x=%r y=%r" % (x, y)
        case int(n) | [int(n)] | {"n": int(n)}:
            return "number %d" % n
        case _:
            return "no match"


for c in [
    ["move", "up"],
    ["go", "down"],
    ["move", "left"],
    ["go", 3],
    ("east", "!"),
    ["b", 1, 2],
    {"letter": "z"},
    [1, 2],
    (2, 1, None),
    5,
    [6],
    {"n": 7},
    {"n": "x"},
    ["a"],
]:
    print(repr(c), "->", parse(c))

# Guards run only after the pattern matched, in case order, and may have side effects.
calls = []


def guard(label, result):
    calls.append(label)
    return result


def guarded(value):
    calls.clear()
    match value:
        case int(n) if guard("positive", n > 0):
            result = "positive"
        case int(n) if guard("zero", n == 0):
            result = "zero"
        case str() if guard("str", True):
            result = "str"
        case int() | str() if guard("fallback", True):
            result = "fallback"
        case _:
            result = "other"
    return result, list(calls)


for v in [5, 0, -5, "s", None]:
    print(repr(v), guarded(v))


# A failing guard still leaves the captured names bound.
def leaves_binding(value):
    n = "unset"
    match value:
        case [n, _] if n > 100:
            return "big", n
        case _:
            return "fell through", n


print(leaves_binding([5, 0]), leaves_binding([500, 0]), leaves_binding("no"))

# A guard that raises propagates out of match.
def raising_guard(value):
    match value:
        case x if 10 // x:
            return "divisible"
        case _:
            return "zero quotient"


print(raising_guard(3), raising_guard(20))
try:
    raising_guard(0)
except ZeroDivisionError:
    print("ZeroDivisionError from the guard")

# Guards can use walrus; the name binds in the function.
def walrus_guard(items):
    match items:
        case [*rest] if (total := sum(rest)) > 10:
            return "big total", total
        case [*rest]:
            return "small total", total


print(walrus_guard([5, 6]), walrus_guard([1, 2]))

# Or-patterns try alternatives left to right; the first that matches binds.
def first_alternative(value):
    match value:
        case (1, x) | (x, 1):
            return x


print(first_alternative((1, 1)), first_alternative((1, 9)), first_alternative((9, 1)), first_alternative((2, 2)))

# Literal alternatives compare with ==, so 1 matches True and 1.
def eq_literal(value):
    match value:
        case 0 | "zero":
            return "zero-ish"
        case 1 | "one":
            return "one-ish"
    return "neither"


print([eq_literal(v) for v in (0, False, 1, True, "one", 2)])

# Subject evaluated once, even with many cases.
count = 0


def subject():
    global count
    count += 1
    return count * 10


match subject():
    case 1:
        pass
    case 2 | 3:
        pass
    case n if n > 5:
        print("subject", n, "evaluated", count, "time")
