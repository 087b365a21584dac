# Checks that float arithmetic rounds every result to single precision.
# The .exp holds what IEEE singles give (a build with --//objects:float=single), worked out in
# CPython by rounding each operation with struct.pack("f"); CPython itself computes in double.
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 0.3 - 0.1, 0.1 * 3, 1 - 0.9)
print(1.0 + 2 ** -24 == 1.0, 1.0 + 2 ** -23 > 1.0, 16777216.0 + 1, 16777216.0 + 2)
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0)
print(1e38 * 10, -1e38 * 10, 1e-45 / 2, 3e38 + 3e38, 2.0 ** 128, 2.0 ** 127)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 0.1 % 0.03, divmod(1e10, 7.0))
print(2 ** -1, 3.0 ** 2, 0.5 ** 10, 2.0 ** -149, 2.0 ** -150)
print(abs(-0.1), -(0.1), +0.7, 1.5 * 1.5, 100.0 / 7, 1e-40 * 1e-10)
