# Checks None, the is / is not operators, and functions returning None.
x = None
print(x, repr(x), str(x), type(x))
print(x is None, x is not None, x == None, bool(x))
def nothing():
    pass
def early(flag):
    if flag:
        return
    return 1
print(nothing(), early(True), early(False))
print(nothing() is None, early(True) is None, early(False) is None)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
b.append(3)
print(a, c)
t = (a, None)
print(t, t[1] is None)
print([None, None], (None,))
print(None in [1, None], None in (1, 2))
print(True is True, False is False, True is not False)
