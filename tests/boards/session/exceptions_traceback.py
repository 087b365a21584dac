# An uncaught exception: the board prints a traceback, in MicroPython's form, on the raw REPL's
# error channel. The .err file holds it (CPython's traceback shows source lines and carets,
# which MicroPython's never does).
def inner(x):
    return 10 // x


def outer():
    print("calling")
    return inner(0)


outer()
print("not reached")
