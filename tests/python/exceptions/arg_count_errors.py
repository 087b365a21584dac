# Checks that wrong argument counts and bad keyword arguments raise TypeError (type only).
def zero():
    return 0
def one(a):
    return a
def two(a, b=2):
    return a + b
def kwonly(*, k):
    return k
def star(a, *rest):
    return rest
calls = [
    ("zero with arg", lambda: zero(1)),
    ("one without arg", lambda: one()),
    ("one with two", lambda: one(1, 2)),
    ("two with three", lambda: two(1, 2, 3)),
    ("two with none", lambda: two()),
    ("bad keyword", lambda: one(b=1)),
    ("duplicate", lambda: two(1, a=1)),
    ("kwonly positional", lambda: kwonly(1)),
    ("kwonly missing", lambda: kwonly()),
    ("star missing", lambda: star()),
    ("lambda extra", lambda: (lambda: 1)(2)),
    ("len two args", lambda: len("a", "b")),
    ("len no args", lambda: len()),
    ("ok one", lambda: one(5)),
    ("ok two kw", lambda: two(b=5, a=1)),
    ("ok star", lambda: star(1, 2, 3)),
]
for label, fn in calls:
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "->", type(e))
def count_errors():
    n = 0
    for args in ((), (1,), (1, 2), (1, 2, 3)):
        try:
            if len(args) == 0:
                two()
            elif len(args) == 1:
                two(args[0])
            elif len(args) == 2:
                two(args[0], args[1])
            else:
                two(args[0], args[1], args[2])
        except TypeError:
            n += 1
    return n
print("errors:", count_errors())
