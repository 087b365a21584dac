# Exceptions through async with, async for and awaits in try/except/finally, driven by hand.
log = []


class Step:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        log.append("suspend " + self.label)
        yield self.label


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Step("enter " + self.name)
        return self.name

    async def __aexit__(self, kind, value, tb):
        await Step("exit " + self.name)
        log.append("aexit %s %s" % (self.name, kind.__name__ if kind else None))
        return self.suppress


class Source:
    def __init__(self, items):
        self.items = list(items)

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Step("next")
        if not self.items:
            raise StopAsyncIteration
        item = self.items.pop(0)
        if isinstance(item, BaseException):
            raise item
        return item


def run(coroutine):
    suspensions = 0
    try:
        while True:
            coroutine.send(None)
            suspensions += 1
    except StopIteration as stop:
        return stop.value, suspensions


def attempt(label, coroutine):
    log.clear()
    try:
        outcome = run(coroutine)
    except Exception as e:
        outcome = "raised %s%r" % (type(e).__name__, e.args)
    print(label, "->", outcome)
    print("   ", log)


async def body_raises():
    async with Resource("r"):
        raise ValueError("in body")


async def body_suppressed():
    async with Resource("s", suppress=True):
        raise ValueError("hidden")
    return "after suppression"


async def nested_resources():
    async with Resource("outer"), Resource("inner", suppress=True):
        raise KeyError("inner swallows")
    async with Resource("outer2"):
        async with Resource("inner2"):
            return "returned from inside"


attempt("body raises", body_raises())
attempt("suppressed", body_suppressed())
attempt("nested", nested_resources())


async def iterate(items):
    got = []
    try:
        async for item in Source(items):
            got.append(item)
    except KeyError as e:
        got.append("KeyError " + e.args[0])
    return got


attempt("clean iteration", iterate([1, 2]))
attempt("anext raises", iterate([1, KeyError("bad item"), 3]))
attempt("other error escapes", iterate([IndexError("escapes")]))


async def await_in_finally():
    try:
        await Step("body")
        raise ValueError("pending")
    finally:
        await Step("cleanup")
        log.append("finally done")


attempt("await in finally", await_in_finally())


async def await_in_except():
    try:
        await Step("try")
        raise TypeError("t")
    except TypeError as e:
        await Step("handler")
        return "handled " + e.args[0]


attempt("await in except", await_in_except())


async def inner_fails():
    await Step("inner")
    raise RuntimeError("deep")


async def middle():
    try:
        return await inner_fails()
    finally:
        log.append("middle finally")


async def top():
    try:
        await middle()
    except RuntimeError as e:
        return "top caught " + e.args[0]


attempt("propagation", top())

# Closing a suspended coroutine runs its finally blocks.
async def long_task():
    try:
        await Step("one")
        await Step("two")
    finally:
        log.append("long_task finally")


log.clear()
c = long_task()
c.send(None)
c.close()
print("closed:", log)

# throw() into a coroutine suspended inside async with reaches __aexit__.
async def guarded():
    async with Resource("g", suppress=True):
        await Step("inside")
    return "survived"


log.clear()
c = guarded()
c.send(None)  # suspended in __aenter__
c.send(None)  # suspended inside the body
c.throw(ValueError("thrown in"))  # __aexit__ suspends once
try:
    c.send(None)
except StopIteration as stop:
    print("throw result:", stop.value, log)
