# Async generators: async for over them, awaits inside, asend, athrow,
# aclose, and what __anext__ raises at the end.
log = []


class Tick:
    def __await__(self):
        log.append("tick")
        yield "tick"
        return "ticked"


async def countdown(n):
    while n > 0:
        got = await Tick()
        log.append(got)
        yield n
        n -= 1


async def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    except ValueError as e:
        yield "caught " + str(e)
    finally:
        log.append("echo finally " + str(received))


def run(coroutine):
    yields = 0
    try:
        while True:
            coroutine.send(None)
            yields += 1
    except StopIteration as stop:
        return stop.value, yields


async def main():
    seen = []
    async for n in countdown(3):
        seen.append(n)
    squares = []
    async for n in countdown(2):
        squares.append(n * n)
    gen = echo()
    first = await gen.__anext__()
    second = await gen.asend("a")
    third = await gen.asend("b")
    caught = await gen.athrow(ValueError("bad"))
    await gen.aclose()
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        seen.append("exhausted")
    return seen, squares, first, second, third, caught


print(run(main()))
print(log)


async def empty():
    return
    yield


async def drain():
    items = []
    async for x in empty():
        items.append(x)
    else:
        items.append("else")
    it = empty().__aiter__()
    try:
        await it.__anext__()
    except StopAsyncIteration:
        items.append("StopAsyncIteration")
    return items


print(run(drain()))
print(type(countdown(1)).__name__)
