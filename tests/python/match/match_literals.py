# match with literal, singleton, capture, wildcard and or-patterns, and guards.
def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case None:
            return "nothing"
        case True:
            return "true"
        case -1:
            return "minus one"
        case int(n) if n > 100:
            return "big " + str(n)
        case _:
            return "other"


for v in [0, 2, "hello", None, True, False, -1, 101, 50, "x"]:
    print(repr(v), describe(v))


def capture(value):
    match value:
        case x:
            return x * 2


print(capture(21), capture("ab"))


def no_case_matches(value):
    match value:
        case 1:
            return "one"
    return "fell through"


print(no_case_matches(2))
