# yield from: return values through several levels, sends and throws reaching the innermost generator.
def leaf(name, n):
    received = []
    for i in range(n):
        got = yield "%s%d" % (name, i)
        received.append(got)
    return name, received


def branch():
    left = yield from leaf("L", 2)
    right = yield from leaf("R", 1)
    return [left, right]


def root():
    result = yield from branch()
    yield ("root got", result)


g = root()
out = [next(g)]
out.append(g.send("s1"))
out.append(g.send("s2"))
out.append(g.send("s3"))
print(out)

# The value of yield from on an already exhausted generator is its StopIteration value (None here).
def done_already():
    return "ignored"
    yield


def wrap_exhausted():
    inner = done_already()
    first = yield from inner
    second = yield from inner  # already finished: None
    return first, second


g = wrap_exhausted()
try:
    next(g)
except StopIteration as stop:
    print(stop.value)


# yield from a partially consumed generator continues where it was.
def numbers():
    yield 1
    yield 2
    yield 3
    return "numbers done"


def resume(gen):
    r = yield from gen
    yield r


n = numbers()
next(n)
print(list(resume(n)))


# throw() reaches the innermost generator; if it handles it, delegation goes on.
def handles():
    while True:
        try:
            yield "waiting"
        except KeyError:
            yield "handled KeyError"
            return "handler returned"


def middle():
    r = yield from handles()
    yield "middle got " + r


g = middle()
print(next(g), g.throw(KeyError), next(g))


# An exception the inner generator does not handle comes out of yield from in the outer one.
def fragile():
    yield 1
    yield 2


def guard():
    try:
        yield from fragile()
    except ValueError as e:
        yield "guard caught " + str(e.args[0])
    yield "guard done"


g = guard()
print(next(g), g.throw(ValueError("boom")), next(g))

# close() closes the whole chain, innermost first.
log = []


def closing(name, child=None):
    try:
        if child is None:
            yield name
        else:
            yield from child
    finally:
        log.append(name)


g = closing("outer", closing("middle", closing("inner")))
print(next(g))
g.close()
print(log)


# yield from a plain iterator: send(None) works, other sends raise AttributeError.
def from_list():
    r = yield from [1, 2]
    return r


g = from_list()
print(next(g), g.send(None))
try:
    next(g)
except StopIteration as stop:
    print("finished with", stop.value)
g = from_list()
next(g)
try:
    g.send("not None")
except AttributeError:
    print("AttributeError: list iterator has no send")


# A return value in a loop of delegations accumulates.
def worker(k):
    yield k
    return k * k


def gather():
    total = 0
    for k in range(1, 4):
        total += yield from worker(k)
    return total


g = gather()
print(list(g))
g = gather()
for _ in g:
    pass
try:
    next(g)
except StopIteration as stop:
    print("after exhaustion", stop.value)
yielded = []
g = gather()
try:
    while True:
        yielded.append(next(g))
except StopIteration as stop:
    print(yielded, "total", stop.value)
