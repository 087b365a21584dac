# Checks operators that mix ints and floats: + - * / // % ** with both orders and bools.
for a, b in [(7, 2.0), (2.0, 7), (-7, 2.5), (2.5, -7), (True, 0.5), (0.5, True), (10 ** 18, 0.5), (3, -0.0)]:
    results = [a + b, a - b, a * b, a ** 2 if b == 0 else a ** (b if abs(b) < 10 else 1)]
    if b:
        results += [a / b, a // b, a % b]
    print(a, b, results)
x = 5
x += 0.5
y = 2.0
y *= 3
z = 9
z /= 3
print(x, y, z, type(z).__name__, 1 - 0.9, 3 * 0.1, 0.1 * 3 == 0.3)
