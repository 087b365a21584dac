# Unpacking with the wrong number of values raises ValueError; non-iterables raise TypeError.
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__)


def two(src):
    a, b = src
    return a, b


def star_needs_two(src):
    a, *rest, z = src
    return a, rest, z


def nested(src):
    (a, b), c = src
    return a, b, c


def gen(n):
    for i in range(n):
        yield i


attempt("two from three", lambda: two([1, 2, 3]))
attempt("two from one", lambda: two([1]))
attempt("two from empty", lambda: two(()))
attempt("two from two", lambda: two("xy"))
attempt("two from str of three", lambda: two("xyz"))
attempt("two from generator of 3", lambda: two(gen(3)))
attempt("two from generator of 2", lambda: two(gen(2)))
attempt("two from dict", lambda: two({"k": 1, "j": 2}))
attempt("two from int", lambda: two(5))
attempt("two from None", lambda: two(None))
attempt("star from one", lambda: star_needs_two([1]))
attempt("star from two", lambda: star_needs_two([1, 2]))
attempt("star from five", lambda: star_needs_two(range(5)))
attempt("star from int", lambda: star_needs_two(7))
attempt("nested ok", lambda: nested([(1, 2), 3]))
attempt("nested inner short", lambda: nested([(1,), 3]))
attempt("nested inner long", lambda: nested([[1, 2, 3], 3]))
attempt("nested inner int", lambda: nested([1, 3]))


# A generator is consumed only as far as needed to detect too many values.
consumed = []


def tracking(n):
    for i in range(n):
        consumed.append(i)
        yield i


try:
    a, b = tracking(10)
except ValueError:
    print("consumed before error:", consumed)

# A failed unpacking assigns none of the targets.
x, y = "old", "old"
try:
    x, y = [1, 2, 3]
except ValueError:
    pass
print(x, y)

# In a for loop the error stops the loop at the bad item.
seen = []
try:
    for p, q in [(1, 2), (3, 4), (5,), (6, 7)]:
        seen.append(p + q)
except ValueError:
    seen.append("ValueError")
print(seen)

# Unpacking an iterator that raises part-way passes the exception through.
def broken():
    yield 1
    raise KeyError("midway")


try:
    a, b, c = broken()
except KeyError as e:
    print("KeyError", e.args)


# The exception from a failing __iter__ is not turned into a ValueError.
class BadIter:
    def __iter__(self):
        raise IndexError("no iterator")


try:
    a, b = BadIter()
except IndexError as e:
    print("IndexError", e.args)

