# Checks %-formatting, format() and f-strings of int, float and str subclass instances, and __format__.
class Meters(float):
    pass
class Count(int):
    pass
class Name(str):
    pass
m, c, n = Meters(2.5), Count(42), Name("ada")
print("%d %i %x %o %f %.1e %s %r %5.2f|%-4d|" % (c, c, c, c, m, m, m, c, m, c))
print("%d %s %10s|" % (Meters(3.9), n, n))
print(format(m, ".2f"), format(c, "05d"), format(c, "x"), format(n, ">5"), format(c), format(m))
print(f"{c:4}|{m:<6}|{n:^7}|{c!r}|{m:.0%}")
print("{:+d} {:e} {}".format(c, m, n))
class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees
    def __format__(self, spec):
        return "%s C" % format(self.degrees, spec)
t = Celsius(21.456)
print(format(t, ".1f"), f"{t:.2f}", "{:.0f}".format(t), format(t))
class Bad:
    def __format__(self, spec):
        return 5
try:
    format(Bad(), "")
except TypeError:
    print("TypeError")
