# Coroutines driven by hand: custom awaitables, await in comprehensions, exceptions leaving coroutines.
log = []


class Ready:
    """An awaitable that completes at once with a value."""

    def __init__(self, value):
        self.value = value

    def __await__(self):
        return self.value
        yield


class Suspend:
    """An awaitable that suspends once, handing a message to the driver."""

    def __init__(self, message):
        self.message = message

    def __await__(self):
        reply = yield self.message
        log.append("resumed with %r" % (reply,))
        return reply


class IterAwait:
    """__await__ may return any iterator, not just a generator."""

    def __await__(self):
        return iter(["step a", "step b"])


def run(coroutine, replies=()):
    """Drives a coroutine to the end and returns (what it yielded, its result)."""
    replies = list(replies)
    yielded = []
    value = None
    try:
        while True:
            yielded.append(coroutine.send(value))
            value = replies.pop(0) if replies else None
    except StopIteration as stop:
        return yielded, stop.value


async def add(a, b):
    return await Ready(a) + await Ready(b)


print(run(add(2, 3)))


async def conversation():
    first = await Suspend("question 1")
    second = await Suspend("question 2")
    return first + second


print(run(conversation(), ["A", "B"]), log)
log.clear()


async def iter_await():
    r = await IterAwait()
    return "iterator result %r" % (r,)


print(run(iter_await()))


# Coroutines await other coroutines.
async def inner(n):
    await Suspend("inner %d" % n)
    return n * 10


async def outer():
    total = 0
    for n in range(3):
        total += await inner(n)
    return total


print(run(outer()))


# await inside comprehensions of an async function.
async def comprehensions():
    values = [await inner(n) for n in range(2)]
    squares = {n: await Ready(n * n) for n in range(3)}
    return values, squares


print(run(comprehensions()))


# An exception raised in a coroutine propagates out of send().
async def failing():
    await Suspend("before failure")
    raise ValueError("coroutine failed")


c = failing()
print(c.send(None))
try:
    c.send(None)
except ValueError as e:
    print("ValueError", e.args)


# ... and through awaits to the awaiting coroutine, where it can be caught.
async def catches():
    try:
        await failing()
    except ValueError as e:
        return "caught " + e.args[0]


print(run(catches()))


# An awaitable's __await__ can raise too.
class Broken:
    def __await__(self):
        raise KeyError("no await")


async def awaits_broken():
    try:
        await Broken()
    except KeyError as e:
        return "KeyError " + e.args[0]


print(run(awaits_broken()))


# throw() and close() work on suspended coroutines.
async def guarded():
    try:
        await Suspend("guarded")
    except IndexError:
        return "recovered from IndexError"
    finally:
        log.append("guarded finally")


log.clear()
c = guarded()
c.send(None)
try:
    c.throw(IndexError)
except StopIteration as stop:
    print(stop.value, log)
log.clear()
c = guarded()
c.send(None)
c.close()
print("closed", log)
log.clear()


# Awaiting something that is not awaitable is a TypeError.
async def bad_await():
    await 5


try:
    run(bad_await())
except TypeError:
    print("TypeError awaiting an int")


# Calling an async function does not run it.
async def records():
    log.append("body ran")


c = records()
print(log, type(c).__name__)
run(c)
print(log)
