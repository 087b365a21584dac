# Checks int() of floats (truncating toward zero, exact for huge values) and float() of ints
# (nearest float, ties to even).
for x in (0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 2.5, -2.5, 1e10, -1e10, 123.456):
    print(x, int(x))
print(int(1e20), int(-1e20), int(1e30), int(2.0 ** 100), int(-(2.0 ** 200)), int(1.7976931348623157e308))
print(int(4.611686018427388e18), int(-4.611686018427388e18), int(9.223372036854776e18))
for n in (2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, 2 ** 53 + 3, 2 ** 54 + 2, 2 ** 54 + 6, 2 ** 64 + 2 ** 11, 2 ** 64 + 2 ** 11 + 1):
    print(n, float(n), int(float(n)) - n)
print(float(10 ** 308), float(-(10 ** 308)), float(2 ** 1023), float(2 ** 1024 - 2 ** 971))
print(float(2 ** 1024 - 2 ** 970 - 1), float(-(2 ** 1024 - 2 ** 970 - 1)))
# Halfway between the largest float and 2**1024 rounds up, out of range.
try:
    float(2 ** 1024 - 2 ** 970)
except OverflowError:
    print("OverflowError rounding up")
for x in (float("inf"), float("-inf")):
    try:
        int(x)
    except OverflowError:
        print("OverflowError", x)
try:
    int(float("nan"))
except ValueError:
    print("ValueError nan")
print(type(int(2.5)), type(int(1e30)), int(1e30) == 10 ** 30, int(1e30) - 10 ** 30)
