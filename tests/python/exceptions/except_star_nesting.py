# except* nested inside except*, tuples of types, and the unhandled remainder propagating outwards.
def names(exc):
    """A stable description of an exception or a group, with nested groups in brackets."""
    if isinstance(exc, BaseExceptionGroup):
        return "%s(%r: %s)" % (type(exc).__name__, exc.message, ", ".join(names(e) for e in exc.exceptions))
    return "%s%r" % (type(exc).__name__, exc.args)


def group():
    return ExceptionGroup(
        "top",
        [
            ValueError("v1"),
            TypeError("t1"),
            ExceptionGroup("sub", [KeyError("k1"), ValueError("v2")]),
            OSError("o1"),
        ],
    )


# A tuple of types in except* takes every leaf of any of them, keeping the tree shape.
try:
    raise group()
except* (ValueError, KeyError) as e:
    print("tuple:", names(e))
except* Exception as e:
    print("rest:", names(e))

# Unhandled leaves propagate as a group with the same message and shape.
try:
    try:
        raise group()
    except* TypeError as e:
        print("handled:", names(e))
    except* KeyError as e:
        print("handled:", names(e))
except ExceptionGroup as rest:
    print("propagated:", names(rest))

# except* inside an except* handler: the handler sees a group and can split it again.
try:
    raise group()
except* ValueError as outer:
    print("outer got:", names(outer))
    try:
        raise outer
    except* ValueError as inner:
        print("inner re-split:", names(inner))
except* Exception as others:
    print("others:", names(others))


# A nested try/except* around a raise of a fresh group inside a handler.
def nested_handlers():
    log = []
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        log.append("outer ValueError")
        try:
            raise ExceptionGroup("h", [KeyError(3), ValueError(4)])
        except* KeyError as k:
            log.append("inner " + names(k))
        except* ValueError as v:
            log.append("inner " + names(v))
    except* TypeError as t:
        log.append("outer " + names(t))
    return log


print(nested_handlers())

# What an inner except* does not handle reaches the outer except*.
try:
    try:
        raise ExceptionGroup("both", [ValueError("a"), IndexError("b")])
    except* IndexError as e:
        print("inner handled:", names(e))
except* ValueError as e:
    print("outer handled:", names(e))

# Exceptions raised in except* handlers are combined with the unhandled rest.
try:
    try:
        raise ExceptionGroup("src", [ValueError("x"), KeyError("y"), TypeError("z")])
    except* ValueError:
        raise RuntimeError("from the ValueError handler")
    except* KeyError:
        raise IndexError("from the KeyError handler")
except ExceptionGroup as e:
    print("combined:", names(e))

# A bare exception matched by except* is wrapped in a group for the handler.
try:
    raise ValueError("bare")
except* ValueError as e:
    print("wrapped:", names(e))

# A bare exception that no except* clause matches leaves unwrapped.
try:
    try:
        raise KeyError("unmatched")
    except* ValueError:
        print("not this")
except KeyError as e:
    print("unwrapped:", names(e))

# else and finally run with except* as with except.
for raise_it in (False, True):
    try:
        if raise_it:
            raise ExceptionGroup("e", [ValueError()])
    except* ValueError:
        print("handler")
    else:
        print("else")
    finally:
        print("finally")

# An empty match: the handler does not run when no leaf matches.
try:
    try:
        raise ExceptionGroup("only types", [TypeError(1)])
    except* ValueError:
        print("not run")
except ExceptionGroup as e:
    print("untouched:", names(e))

# Subclasses of the handled type match.
class MyValueError(ValueError):
    pass


try:
    raise ExceptionGroup("subs", [MyValueError("m"), ValueError("v")])
except* ValueError as e:
    print("with subclass:", names(e))

# Deeply nested groups keep only the branches with matches.
deep = ExceptionGroup("l1", [ExceptionGroup("l2", [ExceptionGroup("l3", [KeyError("deep")]), TypeError("t")]), KeyError("shallow")])
try:
    raise deep
except* KeyError as e:
    print("keys:", names(e))
except* TypeError as e:
    print("types:", names(e))
