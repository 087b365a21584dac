# Checks the exception types built-in operations raise (the messages differ in MicroPython, so only types are printed).
cases = [lambda: int("x"), lambda: [].remove(1), lambda: {}["k"], lambda: 1 / 0, lambda: 1 % 0,
         lambda: 1.0 / 0, lambda: divmod(1, 0), lambda: int(float("inf")), lambda: int(float("nan")),
         lambda: (1).foo, lambda: undefined_name, lambda: len(1, 2), lambda: "a" + 1, lambda: [] + (),
         lambda: [1][5], lambda: "abc"[10], lambda: (1,)[-5], lambda: range(3)[3], lambda: 10 ** 400 * 1.0,
         lambda: [].pop(), lambda: {}.popitem(), lambda: set().pop(), lambda: iter(5), lambda: next(iter([])),
         lambda: "x".index("y"), lambda: (1, 2).index(3), lambda: chr(-1), lambda: b"a"[5], lambda: 1 << -1,
         lambda: [1, 2, 3][::0], lambda: "abc".encode("nope"), lambda: bytes([300]), lambda: hash([]),
         lambda: {}.fromkeys(1), lambda: int("5", 99), lambda: "%d" % "x", lambda: "{}".format(), lambda: None()]
for case in cases:
    try:
        case()
        print("no error")
    except Exception as e:
        print(type(e).__name__)
