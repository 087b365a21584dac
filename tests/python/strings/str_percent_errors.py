# Errors from %-formatting.
def show(fmt, args):
    try:
        print(repr(fmt % args))
    except TypeError as e:
        print(fmt, "TypeError", e)
    except ValueError as e:
        print(fmt, "ValueError", e)
    except OverflowError as e:
        print(fmt, "OverflowError", e)
show("%s %s", ("a",))
show("%s", ())
show("%s", (1, 2))
show("abc", 5)
show("abc", (1,))
show("%d %d", (1,))
show("%", ())
show("%5", (1,))
show("%.", (1,))
show("%(a", {"a": 1})
show("%(a)s", 5)
# The rest differ in wording between MicroPython and CPython: types only.
def kind(fmt, args):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(fmt, type(e).__name__)
kind("%y", 1)
kind("ab%5.2y", 1)
kind("%é", 1)
kind("%d", "5")
kind("%x", "5")
kind("%f", "5")
kind("%d", None)
kind("%c", "ab")
kind("%c", "")
kind("%c", -1)
kind("%c", 0x110000)
kind("%*d", ("a", 1))
kind("%.*d", (None, 1))
kind("%(a)*d", {"a": 1})
kind("%s", [])
