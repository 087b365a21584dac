# send() into generators: priming, running averages, yield as an expression, and return values.
def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return total, count
        total += value
        count += 1
        average = total // count


a = averager()
print(next(a))  # primes it; the first yield gives None
print(a.send(10), a.send(20), a.send(60))
try:
    a.send(None)
except StopIteration as stop:
    print("returned", stop.value)

# next() is the same as send(None).
def echo():
    got = []
    while len(got) < 3:
        got.append((yield len(got)))
    return got


e = echo()
print(next(e), e.send("a"), next(e))
try:
    e.send("c")
except StopIteration as stop:
    print(stop.value)


# yield as an expression in various places.
def expressions():
    x = (yield 1) + (yield 2)
    yield "sum %r" % x
    y = [(yield "in list"), (yield "second")]
    yield y
    z = yield
    yield z is None


g = expressions()
print(next(g), g.send(10), g.send(5))
print(next(g), g.send("p"), g.send("q"))
print(next(g), next(g))

# A generator function returns a generator object without running the body.
started = []


def lazy():
    started.append("body")
    yield 1


lz = lazy()
print(started, type(lz).__name__)
print(next(lz), started)


# send() to a running generator chain through yield from.
def inner():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v


def outer():
    results = []
    for _ in range(2):
        results.append((yield from inner()))
    return results


o = outer()
next(o)
o.send(1)
o.send(2)
print(o.send(None))  # ends the first inner; the second yields its first total
o.send(5)
try:
    o.send(None)
except StopIteration as stop:
    print("outer returned", stop.value)


# A coroutine-style pipeline.
def sink(collected):
    while True:
        item = yield
        collected.append(item)


def upper_filter(target):
    while True:
        item = yield
        if item.isalpha():
            target.send(item.upper())


collected = []
s = sink(collected)
next(s)
f = upper_filter(s)
next(f)
for word in ["ab", "1x", "cd", "", "e"]:
    f.send(word)
print(collected)

# After return, every send raises StopIteration with no value.
def one():
    yield 1
    return "only once"


g = one()
next(g)
for _ in range(2):
    try:
        g.send("x")
    except StopIteration as stop:
        print("value", repr(stop.value))
