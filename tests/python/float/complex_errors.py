# Checks errors of complex operations. MicroPython words division by zero ("complex divide by
# zero", "0.0 to a complex power"), unsupported operators ("unsupported types for __lt__") and
# malformed strings ("invalid syntax for number") differently from CPython, so
# complex_errors.exp holds its wording.
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: 1j / 0)
attempt(lambda: (1 + 1j) / 0j)
attempt(lambda: 1 / 0j)
attempt(lambda: 0j ** -1)
attempt(lambda: 0j ** 1j)
attempt(lambda: 1j < 2j)
attempt(lambda: 1j // 2)
attempt(lambda: 1j % 2)
attempt(lambda: int(1j))
attempt(lambda: float(1j))
attempt(lambda: complex("nope"))
attempt(lambda: complex("1", "2"))
