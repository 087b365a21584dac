# yield from: delegation of values, sends, return values and exceptions.


def inner():
    received = yield "first"
    print("inner got", received)
    received = yield "second"
    print("inner got", received)
    return "inner result"


def outer():
    result = yield from inner()
    print("outer got", result)
    yield "last"


g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration:
    print("done")


# yield from any iterable.
def from_iterables():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    yield from (x * 10 for x in range(2))


print(list(from_iterables()))


# Exceptions from the inner generator propagate through the outer one.
def failing():
    yield 1
    raise ValueError("inner failed")


def wrapper():
    try:
        yield from failing()
    except ValueError as error:
        yield "caught " + error.args[0]


print(list(wrapper()))


# Nested delegation, several levels deep.
def level(n):
    if n == 0:
        yield "bottom"
        return 0
    depth = yield from level(n - 1)
    yield "level %d" % n if False else n
    return depth + 1


def top():
    total = yield from level(3)
    yield ("depth", total)


print(list(top()))


# The return value of yield from a plain iterator is None.
def plain():
    result = yield from [1]
    yield result


print(list(plain()))
