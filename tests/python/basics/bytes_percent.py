# bytes % args (PEP 461): %s and %b take bytes-like objects, %r and %a give
# the ASCII repr, %c an int or one byte, and the number conversions as for str.
print(b"%d %i %u" % (1, -2, 3), b"%x %X %o" % (255, 255, 8), b"%05d|%-5d|%+d" % (42, 42, 42))
print(b"%s and %b" % (b"bytes", bytearray(b"array")), b"%s" % memoryview(b"view"), b"%s" % b"one")
print(b"%r %a" % ("\u00e9", b"x"), b"%a" % 1.5, b"%r" % [1, "a"])
print(b"%c%c%c" % (72, b"i", bytearray(b"!")), b"%c" % 255)
print(b"%5s|%-5s|%.2s|%5.1s|" % (b"ab", b"cd", b"efgh", b"ij"))
print(b"%5c|%-3c|" % (65, b"B"), b"%.3f %e %g" % (3.14159, 1e10, 0.5))
print(b"%%", b"100%%" % (), b"%(a)s %(b)d" % {b"a": b"x", b"b": 2})
print(bytearray(b"%d") % 5, type(bytearray(b"%s") % b"x").__name__, b"\xff%s\xfe" % b"\x00")
for bad in [
    lambda: b"%s" % "str",
    lambda: b"%s" % 1,
    lambda: b"%c" % "a",
    lambda: b"%c" % b"ab",
    lambda: b"%d" % b"1",
    lambda: b"%d %d" % (1,),
    lambda: b"%d" % (1, 2),
    lambda: b"%(a)s" % (1,),
]:
    try:
        bad()
    except TypeError:
        print("TypeError")
for bad in [lambda: b"%c" % 256, lambda: b"%c" % -1]:
    try:
        bad()
    except OverflowError:
        print("OverflowError")
for bad in [lambda: b"%y" % 1, lambda: b"%" % (), lambda: b"%(a" % {b"a": 1}]:
    try:
        bad()
    except ValueError:
        print("ValueError")
try:
    b"%(a)s" % {"a": 1}
except KeyError:
    print("KeyError")
