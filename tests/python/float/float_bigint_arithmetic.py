# Checks arithmetic between big ints and floats: the int is converted to the nearest float.
b = 2 ** 80 + 1
print(b + 0.5, b * 1.0, b / 2.0, 1.5 * b, b - 1e24, b // 1.5, b % 1e10, -b / 3.0)
print(float(b), float(-b), float(10 ** 308), float(2 ** 1023), 10 ** 20 / 10 ** 10)
print(2 ** 100 * 0.0, 1e-300 * 2 ** 100, 2 ** 60 ** 1 + 0.0, divmod(2 ** 70, 1e20))
for f in [lambda: 10 ** 400 * 1.0, lambda: 1.0 + 10 ** 400, lambda: float(-(10 ** 400)), lambda: 10 ** 400 / 1.5]:
    try:
        f()
    except OverflowError:
        print("OverflowError")
print(10 ** 400 / 10 ** 399, (10 ** 400 + 1) // 10 ** 399, 10 ** 400 // 1e300 == 1e100)
