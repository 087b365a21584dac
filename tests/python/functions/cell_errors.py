# Reading an empty cell: the function's own variable is UnboundLocalError, an
# enclosing one's is NameError; del works on captured variables.
def outer():
    def inner():
        return x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__)
    x = 1
    print(inner())
    del x
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__)
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, isinstance(e, UnboundLocalError))
    x = 2
    return inner()


print(outer())


def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    bump()
    bump()
    del n
    try:
        bump()
    except NameError:
        print("NameError after del")
    n = 10
    return bump()


print(counter())
