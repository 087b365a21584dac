# Checks that repr gives the shortest text that reads back as the same float, for many values:
# powers of two and ten, their neighbours, and results of arithmetic.
values = []
for k in range(-30, 31, 3):
    values.append(10.0 ** k)
    values.append(2.0 ** (k * 11))
x = 1.0
for i in range(20):
    x = x * 1.1 + 0.01
    values.append(x)
values += [0.1 + 0.2, 1 - 1e-16, 1 + 2 ** -52, 2 ** 0.5, 1 / 7, 22 / 7, 1e23, 9007199254740993.0, 4.35, 0.3 * 3]
for v in values:
    print(repr(v), float(repr(v)) == v, str(v) == repr(v))
