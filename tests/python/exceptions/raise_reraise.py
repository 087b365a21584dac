# Checks raise with instances and classes, bare re-raise, raise from, and exception args.
def thrower(kind):
    if kind == "instance":
        raise ValueError("an instance", 42)
    if kind == "class":
        raise KeyError
    if kind == "noargs":
        raise RuntimeError()
for kind in ("instance", "class", "noargs"):
    try:
        thrower(kind)
    except Exception as e:
        print(kind, type(e), e.args, repr(e))
def rethrow():
    try:
        raise TypeError("original")
    except TypeError:
        print("logging then re-raising")
        raise
try:
    rethrow()
except TypeError as e:
    print("re-raised", e.args)
def rethrow_as():
    try:
        raise ValueError("v")
    except ValueError as e:
        raise e
try:
    rethrow_as()
except ValueError as e:
    print("raised again via name", e.args)
try:
    try:
        1 // 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print("from:", type(e), e.args)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print("during handling:", type(e), e.args)
try:
    raise ValueError("nocause") from None
except ValueError as e:
    print("from None:", type(e), e.args)
err = IndexError("stored", 7)
print(err.args, repr(err), str(err))
try:
    raise err
except IndexError as e:
    print(e is err)
try:
    raise 5
except TypeError:
    print("TypeError raising non-exception")
def catch_and_return():
    try:
        raise AssertionError("a")
    except AssertionError as e:
        return e
r = catch_and_return()
print(type(r), r.args)
for v in (ValueError(), ValueError("one"), ValueError("one", "two"), ValueError(1, None)):
    print(v.args, repr(v), str(v))
def deep(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        deep(n - 1)
    finally:
        print("unwinding", n)
try:
    deep(3)
except LookupError as e:
    print("caught from depth", e.args)
