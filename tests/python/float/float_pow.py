# Checks ** with floats: fractional and negative exponents, ints to negative powers, zero,
# one, infinities and NaN.
print(2.0 ** 0.5, 2 ** 0.5, 2.0 ** -1, 2 ** -1, 10 ** -2, 10.0 ** 10, (-2.0) ** 3, (-2.0) ** -3)
print(4 ** 0.5, 27 ** (1 / 3), 1.5 ** 2.5, 0.5 ** 10, 100 ** -0.5, (-8) ** 3.0, 2 ** -1074, 2 ** -1075)
print(0.0 ** 0, 0.0 ** 0.0, 0 ** 0.0, 0.0 ** 2, 0.0 ** 0.5, (-0.0) ** 3, (-0.0) ** 2, 1.0 ** 1e300)
inf = float("inf")
nan = float("nan")
print(inf ** 2, inf ** -2, (-inf) ** 3, (-inf) ** 2, (-inf) ** -3, (-inf) ** 0.5, 2 ** inf, 2 ** -inf, 0.5 ** inf)
print(1 ** inf, (-1) ** inf, 1 ** nan, nan ** 0, 0.0 ** inf, 0.0 ** -inf)
print(nan ** 1, 2 ** nan, (-2.5) ** 2.0, (-2.5) ** -2.0)
x = 2.0
x **= 10
print(x)
x = 3
x **= -2
print(x)
for b in range(-3, 4):
    print(b, 3 ** b, 3.0 ** b, (-3) ** b, 1.5 ** b)
print(2 ** 100 * 0.5 ** 100, (2 ** 100) ** 0.5, 1e10 ** 0.1)
