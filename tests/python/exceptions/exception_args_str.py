# Checks args, str() and repr-free forms of exceptions built with 0, 1, 2 and non-string arguments.
for exc in [Exception(), Exception("one"), Exception("a", "b"), Exception(5), Exception(None), ValueError(""), TypeError(1, 2, 3)]:
    print(type(exc).__name__, exc.args, "[" + str(exc) + "]", len(exc.args))
print(str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")), str(KeyError(1)), KeyError("k").args)
try:
    {}["missing"]
except KeyError as e:
    print(e, e.args, str(e) == repr("missing"))
try:
    raise ValueError("x", 1)
except ValueError as e:
    print(e.args, e.args[1], str(e))
print(str(StopIteration(7)), StopIteration(7).value, StopIteration().value, str(IndexError()))
