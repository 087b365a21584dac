# Which subjects are sequences (tuple, list, range: yes; str, dict: no) and dotted value patterns.
class Color:
    RED = 1
    GREEN = 2
    BLUE = "blue"


class Config:
    class Mode:
        FAST = "fast"
        SLOW = "slow"

    DEFAULT = Mode.SLOW


def kind(subject):
    match subject:
        case (a, b, c) if isinstance(subject, tuple):
            return "tuple of three"
        case [a, b, c]:
            return "sequence of three: " + type(subject).__name__
        case (a, b):  # parentheses or brackets mean the same
            return "sequence of two: " + type(subject).__name__
        case str():
            return "str, never a sequence pattern"
        case {}:
            return "mapping"
        case _:
            return "other: " + type(subject).__name__


for s in [(1, 2, 3), [1, 2, 3], range(3), "abc", "ab", (1, 2), [1, 2], range(2), {1: 2, 3: 4}, {"a": 1}, 7]:
    print(repr(s), "->", kind(s))


# A star pattern matches any sequence length except str.
def starry(subject):
    match subject:
        case [*all_items]:
            return "items " + repr(all_items)
        case _:
            return "not a sequence"


print(starry(""), starry("x"), starry(()), starry(range(4)), starry({"k": 1}))

# Matching on tuples and lists with the same patterns.
def tuple_or_list(subject):
    match subject:
        case ():
            return "empty"
        case (x,):
            return "single " + repr(x)
        case [x, *rest] if type(subject) is list:
            return "list head " + repr(x) + " rest " + repr(rest)
        case (x, *rest):
            return "tuple head " + repr(x) + " rest " + repr(rest)


print([tuple_or_list(s) for s in [(), [], (1,), [1], [1, 2], (1, 2)]])


# Dotted names are value patterns: compared with ==, never assigned.
def color_name(value):
    match value:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Color.BLUE:
            return "blue"
        case Config.Mode.FAST:
            return "fast mode"
        case Config.DEFAULT:
            return "default mode"
        case other:
            return "unknown " + repr(other)


print([color_name(v) for v in (1, 2, "blue", "fast", "slow", 3, True)])
print(Color.RED, Color.GREEN)  # unchanged by matching


# Value patterns inside sequences, mappings and class patterns.
class Pixel:
    __match_args__ = ("color", "pos")

    def __init__(self, color, pos):
        self.color = color
        self.pos = pos


def pixel(p):
    match p:
        case Pixel(Color.RED, (0, 0)):
            return "red origin"
        case Pixel(Color.RED | Color.GREEN, (x, y)):
            return "warm at %d,%d" % (x, y)
        case Pixel(color=Color.BLUE, pos=[x, _]):
            return "blue in column %d" % x
        case [Color.RED, *_] | {"color": Color.RED}:
            return "red in a container"
        case _:
            return "other"


for p in [
    Pixel(1, (0, 0)),
    Pixel(2, (3, 4)),
    Pixel(1, [5, 6]),
    Pixel("blue", (7, 8)),
    Pixel("blue", "ab"),
    [1, 2],
    {"color": 1, "x": 0},
    Pixel(3, (0, 0)),
]:
    print(pixel(p))

# A capture pattern with the same name as a variable rebinds it; a dotted name does not.
RED = "global red"
match "something":
    case RED:
        pass
print(RED)

# Literal patterns for strings and None/True/False use identity for singletons.
def singletons(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 1:
            return "one"
        case 0:
            return "zero"
    return "other"


print([singletons(v) for v in (None, True, False, 1, 0, 1 == 1, "")])

# Negative numbers and string concatenation in literal patterns.
def literals(v):
    match v:
        case -1:
            return "minus one"
        case "ab" "cd":
            return "joined literal"
        case -0:
            return "zero"
    return "other"


print([literals(v) for v in (-1, "abcd", 0, 1)])

# Nested sequences of different kinds.
def nested(subject):
    match subject:
        case [(a, b), [c, d]]:
            return "tuple then list %r" % ([a, b, c, d],)
        case ((a, b), (c, d)):
            return "two pairs %r" % ([a, b, c, d],)
        case [str(s), [*inner]]:
            return "str then sequence %s %r" % (s, inner)
    return "no match"


print(nested([(1, 2), [3, 4]]), nested(((1, 2), (3, 4))), nested(("ab", range(2))), nested(["ab", "cd"]))
