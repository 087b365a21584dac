# Checks the errors of float operations and conversions with their messages. MicroPython words
# several of them differently from CPython ("divide by zero" for every division by zero, "can't
# convert inf to int", "invalid syntax for number", "unsupported types for __and__"), so
# float_errors.exp holds its wording. float(2 ** 1024) raises OverflowError as in CPython
# (MicroPython gives inf).
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: 1.0 / 0)
attempt(lambda: 1 / 0.0)
attempt(lambda: 1.5 // 0.0)
attempt(lambda: 1.5 % 0)
attempt(lambda: divmod(2.5, 0.0))
attempt(lambda: 0.0 ** -1)
attempt(lambda: 0 ** -2)
attempt(lambda: int(float("inf")))
attempt(lambda: int(float("-inf")))
attempt(lambda: int(float("nan")))
attempt(lambda: round(float("inf")))
attempt(lambda: float("abc"))
attempt(lambda: float("1.2.3"))
attempt(lambda: float(2 ** 1024))
attempt(lambda: 2 ** 1024 + 1.0)
attempt(lambda: 2 ** 1100 / 3)
attempt(lambda: 1.5 & 1)
attempt(lambda: ~1.5)
attempt(lambda: 1.5 << 2)
index = 1.0
attempt(lambda: [1, 2][index])
attempt(lambda: "ab" + 1.5)
attempt(lambda: float([1]))
attempt(lambda: float("inf").as_integer_ratio())
attempt(lambda: float("nan").as_integer_ratio())
