# Checks float // in edge cases: signed zeros, infinities and results near integers.
inf = float("inf")
print(5.0 // inf, -5.0 // inf, 5.0 // -inf, -5.0 // -inf, 0.0 // 5, -0.0 // 5, 0.0 // -5)
print(1.0 // 0.1, 1.0 % 0.1, 7.0 // 0.7, 0.3 // 0.1, 1e16 // 3, -1e16 // 3, 2.5 // 0.5)
print(repr(inf // 2), repr(inf // inf), repr(float("nan") // 1), repr(1 // float("nan")))
print(type(7 // 2.0).__name__, 7 // 2.0, -7 // 2.0, 7 // -2.0, True // 0.5, 10 ** 20 // 3.0)
