# Checks float formats without a type letter: repr-like, and with a precision like g that keeps
# a digit after the point.
for x in [0.0, 1.0, 1.5, 0.1, 1e16, 1e15, 123456789.0, 1e-5, 0.0001, 2.5e-300, 1 / 3]:
    print(format(x, ""), format(x, ".3"), format(x, ".1"), format(x, ".12"), format(x, "#"), format(x, "#.3"))
print(format(1e16, ".17"), format(1e16, ".16"), format(123.0, ".2"), format(123.0, ".3"), format(0.5, ".0"))
print("{} {:} {:10}| {!s} {!r}".format(2.5, 2.5, 2.5, 0.1, 0.1), str(1e100), repr(-1e-100))
