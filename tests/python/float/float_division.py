# Checks true division: ints give floats correctly rounded, mixed operands convert, and
# in-place division changes the type.
for a in (1, -1, 7, 10, 2 ** 53 + 1, 10 ** 20, -(3 ** 40)):
    for b in (3, -3, 7, 10, 2 ** 53 + 1, 10 ** 25):
        print(a / b, a / float(b), float(a) / b)
print(1 / 3 * 3, 2 / 3 + 1 / 3, 0.1 / 3, 1e300 / 1e-10, 1e-300 / 1e300)
print(True / 2, 3 / True, 1.5 / True)
x = 7
x /= 2
print(x, type(x))
x = 2 ** 70
x /= 2 ** 69
print(x)
n = 1
for i in range(40):
    n *= 10
print(n / 7, (n + 1) / n, n / (n + 1), (n * n) / (n * n - 1))
