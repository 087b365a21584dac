# Checks keyword-only parameters after a bare * and after *args, with and without defaults.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2))
print(f(1, b=2, c=4))
print(f(a=0, c=9, b=8))
try:
    f(1, 2)
except TypeError:
    print("TypeError positional for keyword-only")
try:
    f(1)
except TypeError:
    print("TypeError missing keyword-only")
def g(*args, sep=" ", end="."):
    out = ""
    for i in range(len(args)):
        if i:
            out += sep
        out += str(args[i])
    return out + end
print(g(1, 2, 3))
print(g(1, 2, 3, sep="-"))
print(g("a", "b", end="!", sep=""))
print(g())
def h(x, y=1, *rest, flag=False, level):
    return x, y, rest, flag, level
print(h(1, level=0))
print(h(1, 2, 3, 4, level=5, flag=True))
try:
    h(1, 2)
except TypeError:
    print("TypeError missing level")
def only(*, k):
    return k * 2
print(only(k=21), only(k="ab"))
try:
    only()
except TypeError:
    print("TypeError missing k")
try:
    only(1)
except TypeError:
    print("TypeError positional to only")
