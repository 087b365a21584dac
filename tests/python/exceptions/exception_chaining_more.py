# Checks __cause__, __context__ and __suppress_context__ with raise from, implicit chaining and from None.
def show(e):
    c = e.__cause__
    x = e.__context__
    print(type(e).__name__, type(c).__name__ if c else None, type(x).__name__ if x else None, e.__suppress_context__)
try:
    raise TypeError("bare") from ValueError("cause")
except TypeError as e:
    show(e)
    print(e.__cause__.args)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as e:
    show(e)
try:
    try:
        [][1]
    except IndexError as inner:
        raise KeyError("explicit") from inner
except KeyError as e:
    show(e)
try:
    try:
        [][1]
    except IndexError:
        raise KeyError("none") from None
except KeyError as e:
    show(e)
try:
    try:
        raise OSError("a")
    finally:
        raise EOFError("b")
except EOFError as e:
    show(e)
e = ValueError()
print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise ValueError from 5
except TypeError:
    print("TypeError")
