# Checks round() on floats: to an int with halves to even, and to n digits (also negative n)
# from the exact binary value.
for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.4999, 2.5001, 1e20, -1e20, 4503599627370497.0):
    print(x, round(x), type(round(x)))
for x in (2.675, 1.005, 0.125, 0.375, -0.125, 3.14159, 1234.5678, 1e-10, -0.0):
    print(x, round(x, 0), round(x, 1), round(x, 2), round(x, 3), round(x, 10))
for x in (1234.5678, 1250.0, 1350.0, -1250.0, 50.0, 51.0, 49.9, 150.0, 12345678901234567890.0, 5e-5):
    print(x, round(x, -1), round(x, -2), round(x, -3), round(x, -20))
print(round(1.5, None), round(2.5, None), round(0.1, 400), round(1e300, -300), round(1e300, -301))
print(round(5e-324, 323), round(5e-324, 324), round(1.7e308, -307))
print(round(float("inf"), 2), round(float("-inf"), -2), round(float("nan"), 1))
print(round(0.5 + 2 ** -53), round(-0.5 - 2 ** -53), round(2 ** 52 + 0.5), round(2 ** 53 - 0.5))
print(round(1e16), round(-1e16), round(2.0 ** 70), round(123456789.5), round(123456788.5))
for bad in (float("inf"), float("-inf")):
    try:
        round(bad)
    except OverflowError:
        print("OverflowError")
try:
    round(float("nan"))
except ValueError:
    print("ValueError")
