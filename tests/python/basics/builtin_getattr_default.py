# Checks getattr with and without a default, hasattr, setattr and delattr on instances, classes and modules.
import sys
class Box:
    size = 1
    def method(self):
        return "m"
b = Box()
print(getattr(b, "size"), getattr(b, "nope", None), getattr(Box, "size"), getattr(b, "method")())
print(hasattr(b, "size"), hasattr(b, "nope"), hasattr(Box, "method"), hasattr(sys, "argv"))
setattr(b, "size", 5)
setattr(Box, "color", "red")
print(b.size, Box.size, b.color, getattr(b, "color", "none"))
delattr(b, "size")
print(b.size, hasattr(b, "size"))
delattr(Box, "color")
print(hasattr(b, "color"), getattr(5, "nope", "none"), getattr([], "append") is not None)
for bad in (lambda: getattr(b, "nope"), lambda: delattr(b, "nope"), lambda: getattr(b, 5),
            lambda: setattr(5, "x", 1), lambda: setattr(b, 1, 1)):
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__)
