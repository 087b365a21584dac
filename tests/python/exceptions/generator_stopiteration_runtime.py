# Checks PEP 479: a StopIteration raised inside a generator becomes RuntimeError, while return ends it normally.
def leaks():
    yield 1
    raise StopIteration("inner")
def returns():
    yield 1
    return "value"
try:
    print(list(leaks()))
except RuntimeError as e:
    print("RuntimeError", type(e.__cause__).__name__)
print(list(returns()))
def nested_next():
    it = iter([])
    yield next(it)
try:
    list(nested_next())
except RuntimeError:
    print("RuntimeError from next()")
def guarded():
    it = iter([1])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(guarded()))
