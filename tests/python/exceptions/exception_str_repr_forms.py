# Checks str() and repr() of exceptions with 0, 1 and 2 arguments, KeyError's str, and StopIteration.value.
for cls in (Exception, ValueError, KeyError, IndexError, StopIteration):
    for args in [(), ("a",), (1,), ("a", 2), ("",)]:
        e = cls(*args)
        print(cls.__name__, repr(e), "[" + str(e) + "]", e.args)
print(str(KeyError("k")), str(KeyError(("a", 1))), str(KeyError(None)), str(KeyError([1])))
print(StopIteration(5).value, StopIteration().value, StopIteration(1, 2).value)
def gen():
    yield 1
    return "result"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("returned", e.value, e.args)
class Custom(Exception):
    def __str__(self):
        return "custom text"
print(str(Custom(1)), repr(Custom(1)), Custom(1).args)
class Quiet(Exception):
    def __init__(self):
        super().__init__("set by init", 2)
print(str(Quiet()), Quiet().args)
