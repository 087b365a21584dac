# async with and async for, driven by hand (no event loop needed).
log = []


class Pause:
    def __await__(self):
        log.append("pause")
        yield "paused"
        return "resumed"


class AsyncManager:
    async def __aenter__(self):
        log.append("aenter " + await Pause())
        return "resource"

    async def __aexit__(self, kind, value, tb):
        log.append("aexit " + (kind.__name__ if kind else "clean"))
        return kind is KeyError


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await Pause()
        return self.n


async def main():
    async with AsyncManager() as r:
        log.append("using " + r)
    async with AsyncManager():
        raise KeyError("swallowed")
    total = 0
    async for value in Ticker(3):
        total += value
    else:
        log.append("loop done")
    async for value in Ticker(5):
        if value == 3:
            break
    return total


def run(coroutine):
    steps = 0
    try:
        while True:
            coroutine.send(None)
            steps += 1
    except StopIteration as stop:
        return stop.value, steps


print(run(main()))
print(log)


async def failing():
    async for x in 42:
        pass


try:
    run(failing())
except TypeError:
    print("TypeError")
