# Checks float.is_integer and float.as_integer_ratio, called on instances and through the type.
for x in (0.0, -0.0, 1.0, 1.5, -2.0, 1e300, 5e-324, 0.1, 2.0 ** 70, -3.75):
    print(x, x.is_integer(), x.as_integer_ratio())
print(float("inf").is_integer(), float("nan").is_integer())
print(float.is_integer(3.0), float.as_integer_ratio(0.5))
n, d = (0.1).as_integer_ratio()
print(n, d, n / d == 0.1, d == 2 ** 55)
for bad in (float("inf"), float("-inf")):
    try:
        bad.as_integer_ratio()
    except OverflowError:
        print("OverflowError")
try:
    float("nan").as_integer_ratio()
except ValueError:
    print("ValueError")
try:
    float.is_integer(1)
except TypeError:
    print("TypeError")
