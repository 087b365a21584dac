# Checks float.is_integer() on integral, fractional, huge, tiny and special values.
values = [0.0, -0.0, 1.0, -7.0, 0.5, -2.25, 1e16, 1e300, 2.0 ** 52 + 0.5, 2.0 ** 53, 5e-324]
print([x.is_integer() for x in values])
print(float("inf").is_integer(), float("-inf").is_integer(), float("nan").is_integer())
print((10 / 2).is_integer(), (10 / 4).is_integer(), (0.1 * 10).is_integer(), (0.1 * 3).is_integer())
print(float.is_integer(3.0), float.is_integer(3.5))
try:
    float.is_integer(3)
except TypeError:
    print("TypeError")
