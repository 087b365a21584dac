# Checks float ** in special cases: zeros, ones, infinities, NaN and negative bases.
inf, nan = float("inf"), float("nan")
print(0.0 ** 0, 0.0 ** 0.0, 0.0 ** 5, (-0.0) ** 3, (-0.0) ** 2, 1.0 ** inf, 1.0 ** nan, nan ** 0)
print(2.0 ** inf, 0.5 ** inf, 2.0 ** -inf, 0.5 ** -inf, (-2.0) ** inf, (-0.5) ** inf, inf ** -1, (-inf) ** 3, (-inf) ** 2)
print((-1.0) ** inf, (-1.0) ** -inf, inf ** 0.5, (-inf) ** 0.5, (-8.0) ** 3, (-8.0) ** -2, 2.0 ** -1074)
print(repr(nan ** 2), repr(2 ** nan), 10 ** -2, 2 ** -1, (-2) ** -1, 4 ** 0.5, 8 ** (1 / 3))
z = (-8.0) ** (1 / 3)
print(type(z).__name__, round(z.real, 10), round(z.imag, 10))
for bad in [lambda: 0.0 ** -1, lambda: 0.0 ** -0.5, lambda: 0 ** -1.0]:
    try:
        bad()
    except ZeroDivisionError:
        print("ZeroDivisionError")
