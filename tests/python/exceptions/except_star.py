# except* splitting an ExceptionGroup, nested groups, and what is re-raised.
def show(group):
    if group is None:
        return "None"
    if isinstance(group, BaseExceptionGroup):
        parts = ""
        for e in group.exceptions:
            parts += (", " if parts else "") + show(e)
        return type(group).__name__ + "(" + repr(group.message) + ", [" + parts + "])"
    return type(group).__name__ + repr(group.args)


eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
print(show(eg), str(eg))
try:
    raise eg
except* ValueError as e:
    print("values:", show(e))
except* TypeError as e:
    print("types:", show(e))
except* LookupError as e:
    print("lookups:", show(e))
print("all handled")

try:
    try:
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
    except* ValueError as e:
        print("inner values:", show(e))
except ExceptionGroup as rest:
    print("left:", show(rest))

try:
    raise KeyError("naked")
except* KeyError as e:
    print("naked becomes:", show(e))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("from handler")
except RuntimeError as e:
    # One exception raised and nothing left: it leaves as it is.
    print("raised in handler:", show(e))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from handler")
except ExceptionGroup as e:
    print("raised with a rest:", show(e))

match, rest = eg.split(ValueError)
print(show(match), show(rest))
print(show(eg.subgroup(lambda e: isinstance(e, LookupError))))
print(show(eg.split((KeyError, TypeError))[1]))
print(show(eg.subgroup(ZeroDivisionError)))

try:
    ExceptionGroup("bad", [])
except ValueError:
    print("empty group: ValueError")
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError:
    print("BaseException in ExceptionGroup: TypeError")
print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))

try:
    try:
        raise eg
    except* ExceptionGroup:
        pass
except TypeError:
    print("except* ExceptionGroup: TypeError")
