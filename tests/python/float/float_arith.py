# Checks + - * / on floats and on floats mixed with ints and bools, including in-place forms.
a = 1.5
b = -0.25
print(a + b, a - b, a * b, a / b, b / a)
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, 2 / a)
print(a + True, False + a, True * a, a / True)
print(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 3 * 1.1, 0.7 + 0.1, 100 * 1.1)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 5e-324 / 2)
print(2 ** 100 + 0.5, 0.5 * 2 ** 70, 2 ** 64 - 1.0, 1.0 - 2 ** 64)
x = 1.0
for i in range(10):
    x = x * 1.5 + 0.25
print(x)
x = 10
x += 0.5
print(x)
x -= 1
print(x)
x *= 2
print(x)
x /= 4
print(x)
t = 0.0
for i in range(1, 101):
    t += 1 / i
print(t)
print(-(0.0), -(-0.0), 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * 0)
