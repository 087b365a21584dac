# Sequence patterns: fixed length, star captures, nesting, strings excluded.
def shape(value):
    match value:
        case []:
            return "empty"
        case [x]:
            return "one: " + repr(x)
        case [x, y]:
            return "pair: " + repr(x) + " " + repr(y)
        case [first, *middle, last]:
            return "many: " + repr(first) + " " + repr(middle) + " " + repr(last)
        case _:
            return "not a sequence"


for v in [[], [1], (1, 2), [1, 2, 3, 4], range(3), "ab", 5, {1: 2}]:
    print(repr(v), "->", shape(v))


def nested(value):
    match value:
        case [(a, b), [c, *_]]:
            return a + b + c
        case [[x, y], *rest] if rest:
            return "rest " + repr(rest)
        case (1, *tail):
            return "starts with one, then " + repr(tail)
    return None


print(nested([(1, 2), [3, 4, 5]]), nested([[1, 2], 3]), nested((1, 2, 3)), nested([9]))


def command(words):
    match words.split() if False else words:
        case ["go", direction]:
            return "going " + direction
        case ["take", *items] if items:
            return "taking " + ", ".join(items) if False else "taking " + str(items)
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "unknown"


for c in [["go", "north"], ["take", "key", "lamp"], ["take"], ["exit"], ["dance"]]:
    print(command(c))
