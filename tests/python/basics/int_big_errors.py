# Checks the errors of big-int operations with their messages. MicroPython says "divide by zero"
# where CPython says "integer division or modulo by zero", words the other errors its own way, and
# (like MicroPython) range() and chr() take only ints that fit a machine word, raising
# "overflow converting long int to machine word"; so int_big_errors.exp holds that output.
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


big = 2 ** 100
attempt(lambda: big // 0)
attempt(lambda: big % 0)
attempt(lambda: divmod(big, 0))
attempt(lambda: 5 // 0)
attempt(lambda: big << -1)
attempt(lambda: big >> -big)
attempt(lambda: pow(big, 2, 0))
attempt(lambda: pow(6, -1, 9))
attempt(lambda: pow(big, 2, "3"))
attempt(lambda: int("12" * 20 + "x"))
attempt(lambda: int("1" * 30, 2))
attempt(lambda: chr(big))
attempt(lambda: range(big))
attempt(lambda: int.from_bytes([1, 300], "big"))
attempt(lambda: int.from_bytes([1], "sideways"))
attempt(lambda: big + "x")
attempt(lambda: big < "x")
