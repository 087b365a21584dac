# PEP 479: StopIteration escaping a generator becomes RuntimeError, chained.
def g():
    raise StopIteration("inner")
    yield


try:
    next(g())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__.args, type(e.__context__).__name__)


def h():
    yield 1
    next(iter([]))
    yield 2


print([type(x).__name__ for x in [h()]])
gen = h()
print(next(gen))
try:
    next(gen)
except RuntimeError as e:
    print("RuntimeError", type(e.__cause__).__name__)
