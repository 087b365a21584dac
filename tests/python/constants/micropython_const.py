# micropython.const(): names folded at compile time; _private ones are not
# stored in the module.
# An .exp file: CPython has no micropython module; the expected output is
# what MicroPython prints (a _NAME = const() is not stored in globals).
from micropython import const
import micropython

WIDTH = const(16)
HEIGHT = const(WIDTH * 2)
_HIDDEN = const(3)
AREA = micropython.const(WIDTH * HEIGHT + _HIDDEN)


def area():
    return WIDTH * HEIGHT


print(WIDTH, HEIGHT, AREA, area(), _HIDDEN + 1)
import sys
main = sys.modules["__main__"]
print(hasattr(main, "WIDTH"), hasattr(main, "_HIDDEN"))
print(const(5), micropython.const("text"))


def shadowed(WIDTH):
    return WIDTH + 1


print(shadowed(1))
