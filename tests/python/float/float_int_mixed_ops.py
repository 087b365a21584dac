# Checks int/float mixed arithmetic result types, in-place forms and conversions of float results.
x = 7
x /= 2
print(x, type(x).__name__)
x = 7
x //= 2.0
print(x, type(x).__name__)
y = 2
y **= -1
print(y, type(y).__name__)
z = 10
z %= 3.5
print(z, type(z).__name__)
print(type(3 * 1.0).__name__, type(3 // 1).__name__, type(2 ** 0.5).__name__, type(True * 1.5).__name__)
print(7 // 2.0, -7 // 2.0, 7 % -2.0, -7.5 % 2, divmod(7.5, -2), divmod(-7, 2.5))
print(int(7 / 2), int(-7 / 2), round(7 / 2), float(7 // 2), 10 / 4 == 2.5, 1 / 4 + 1 / 4 == 0.5)
print(3.0 == 3, 3.0 != 3, 2 ** 0.5 * 2 ** 0.5 == 2.0, abs(2 ** 0.5 * 2 ** 0.5 - 2) < 1e-15)
