# Checks unary minus, unary plus and abs() on floats, including signed zeros, infinities and NaN.
for x in [0.0, -0.0, 1.5, -1.5, 1e-320, float("inf"), float("-inf")]:
    print(repr(-x), repr(+x), repr(abs(x)), repr(-(-x)), abs(x) == abs(-x))
nan = float("nan")
print(repr(-nan), repr(abs(nan)), abs(-2.5) is not None, type(abs(-2)).__name__, type(abs(-2.0)).__name__)
print(abs(3 + 4j), abs(-3 - 4j), abs(1e300 + 1e300j), abs(complex(0.0, -0.0)), abs(True), -True + 0.5)
