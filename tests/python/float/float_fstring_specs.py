# Checks float formatting in f-strings, with nested fields for width and precision.
x, w, p = 2 / 3, 12, 4
print(f"{x}|{x:.{p}f}|{x:{w}.{p}e}|{x:>{w}}|{x:^{w}.{p - 1}g}|{x:{'<'}{w}.2%}")
print(f"{x!r:>20}|{x!s:<20}|{-x:+.3f}|{x * 100:,.1f}|{1e6:,.0f}|{1e-7:.2e}")
values = [0.5, 1.25, 3.0]
print(" ".join(f"{v:6.2f}" for v in values), f"{sum(values) / len(values):.5f}")
print(f"{'%.3f' % x}", f"{format(x, '.2f')}", f"{round(x, 3)}", f"{x:{'z'}.0f}", f"{x = :.2f}")
