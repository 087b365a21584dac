# Checks %-formatting of floats: e f g E F G and %, flags, width and precision (also from *).
x = 1234.56789
print("%e|%f|%g|%E|%F|%G" % (x, x, x, x, x, x))
print("%.2e|%.0f|%.10g|%#.0f|%#g|%#x" % (x, x, x, x, 1.5, 255))
print("%12.3f|%-12.3f|%+.1f|% .1f|%012.3f|%-+12.2e|" % (x, x, x, x, -x, x))
print("%*.*f|%-*.2f|%.*e" % (10, 2, x, 9, x, 3, x))
print("%f %d %i %s %r %a" % (2.5, 2.9, -2.9, 0.1, 0.1, 1e100))
print("%.3g %.3g %.3g %g %g" % (1e-5, 123456, 0.000123456, 1e16, 1e-4), "%5.1f%%" % 99.44)
print("%(a).2f and %(b)e" % {"a": 1 / 3, "b": 2.0 ** 0.5}, "%c" % 65)
for bad in [lambda: "%d" % "x", lambda: "%f" % "1.5", lambda: "%f" % None, lambda: "%e" % [1]]:
    try:
        bad()
    except TypeError:
        print("TypeError")
