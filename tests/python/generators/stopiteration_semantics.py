# StopIteration semantics: return values, PEP 479 (StopIteration inside a generator becomes RuntimeError).
def leaks_next():
    it = iter([1, 2])
    while True:
        yield next(it)  # the StopIteration from next() must not end the generator quietly


g = leaks_next()
print(next(g), next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", e.args)
except StopIteration:
    print("wrong: StopIteration leaked")


def raises_stop_with_value():
    yield 1
    raise StopIteration("value")


try:
    list(raises_stop_with_value())
except RuntimeError as e:
    print("RuntimeError from list()", e.args)

# Inside a generator expression too.
it = iter([10])
try:
    print(list(next(it) for _ in range(3)))
except RuntimeError:
    print("RuntimeError from a generator expression")


# Catching StopIteration inside the generator is fine.
def careful():
    it = iter("ab")
    while True:
        try:
            value = next(it)
        except StopIteration:
            return "clean end"
        yield value


g = careful()
print(list(g))
g = careful()
for v in g:
    pass
try:
    next(g)
except StopIteration as stop:
    print("exhausted, value", repr(stop.value))


# return in a generator sets StopIteration.value; a plain return gives None.
def returns(value):
    yield "x"
    return value


for value in (None, 0, "text", (1, 2), [3]):
    g = returns(value)
    next(g)
    try:
        next(g)
    except StopIteration as stop:
        print(repr(stop.value), stop.args)


# Returning a StopIteration instance or tuple is just a value.
def returns_tuple():
    return (1, 2)
    yield


g = returns_tuple()
try:
    next(g)
except StopIteration as stop:
    print("tuple value", stop.value)

# StopIteration raised by a plain iterator class is normal.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(4)), [x for x in Countdown(2)], sum(Countdown(5)))


# A generator delegating to such an iterator with yield from ends quietly.
def delegate():
    yield from Countdown(3)
    yield "after"


print(list(delegate()))


# StopIteration raised outside any generator is an ordinary exception.
def plain_function():
    raise StopIteration("plain")


try:
    plain_function()
except StopIteration as e:
    print("plain StopIteration", e.args)

# next() with a default never raises.
empty = iter([])
print(next(empty, "default"), next(empty, None))


# A for loop over a generator that raised RuntimeError stops with the error.
def bad():
    yield 1
    next(iter([]))
    yield 2


got = []
try:
    for v in bad():
        got.append(v)
except RuntimeError:
    got.append("RuntimeError")
print(got)

# StopIteration subclasses are converted too.
class MyStop(StopIteration):
    pass


def raises_subclass():
    yield 1
    raise MyStop


try:
    list(raises_subclass())
except RuntimeError as e:
    print("subclass converted:", type(e).__name__)

# Other exceptions pass through unchanged.
def raises_value_error():
    yield 1
    raise ValueError("kept")


try:
    list(raises_value_error())
except ValueError as e:
    print("ValueError passes through", e.args)
