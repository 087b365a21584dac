# Floats and big ints through format(), str.format, f-strings and %.
x = 3.14159
big = 2 ** 70
print(f"{x:.2f} {x} {x:e} {x:10.3g}| {x:+.1f} {-x:08.3f} {x:%}")
print("%.3f %s %r %d %5.1e %G" % (x, x, x, x, x, 1e-10))
print("{:.1%}".format(0.25), format(2.5, "08.2f"), format(1e20), str(1e-5))
print(f"{10 ** 30:,}", "%x" % big, format(big, "_x"), f"{big:#o}", f"{-big:>30}")
print(f"{big:.3e}", "%.2f" % big, format(7, ".2f"), "%d" % -2.9)
print(f"{1.5:^9}|{float('inf'):>6}|{float('nan')}|{-0.0:+}")
for bad in [lambda: format(x, "d"), lambda: "%x" % x, lambda: format(big, "c")]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__)
