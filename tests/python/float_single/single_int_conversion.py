# Checks conversions between int and float with single precision: rounded once, overflow
# from 2**128 on, and exact comparisons.
# The .exp holds what IEEE singles give (a build with --//objects:float=single), worked out in
# CPython by rounding each operation with struct.pack("f"); CPython itself computes in double.
print(float(16777217), float(2 ** 24 + 3), float(2 ** 53 + 2 ** 29 + 1), float(-(2 ** 100)))
print(int(16777217.0), int(3.4028235e38), int(-1.5e10), int(0.99999994))
for n in (2 ** 128, 2 ** 128 - 2 ** 103, -(2 ** 128)):
    try:
        float(n)
    except OverflowError:
        print("OverflowError")
print(float(2 ** 128 - 2 ** 103 - 1))
print(16777217 == 16777216.0, 16777217 > 16777216.0, 16777216 == 16777216.0)
print(2 ** 100 == 2.0 ** 100, 2 ** 100 + 1 > 2.0 ** 100, 2 ** 100 - 1 < 2.0 ** 100)
print(1 / 3, 10 ** 30 / 3, 2 ** 200 / 2 ** 199, -7 / 2, 1 / 2 ** 149, 1 / 2 ** 150, 3 / 2 ** 151)
try:
    2 ** 200 / 3
except OverflowError:
    print("OverflowError")
print(1 + 0.5, 16777217 + 0.0, 2 ** 64 * 1.0, True + 0.25)
