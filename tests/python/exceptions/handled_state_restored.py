# Leaving an except clause by an exception restores the state from before
# the try: a later exception gets no stale __context__; bare raise still works.
try:
    try:
        [][1]
    except IndexError:
        raise KeyError("k") from None
except KeyError:
    pass
try:
    raise TypeError("t")
except TypeError as e:
    print(repr(e.__context__))
try:
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise KeyError(2)
        except KeyError:
            pass
        raise
except ValueError as e:
    print("reraised", repr(e))
