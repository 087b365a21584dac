# Checks chained and mixed comparisons of floats with ints, bools and each other.
print(0 < 0.5 < 1, 1 < 1.5 > 1.2, 0.0 == 0 == False, -0.0 == 0.0 == -0 < 1e-300 < 5e-324 * 2)
print(2 ** 53 == 2.0 ** 53 < 2 ** 53 + 1, 0.1 + 0.2 != 0.3 > 0.1, 3 >= 3.0 <= 3)
print([x for x in [-1.5, -1, 0, 0.5, 1, 1.5, 2] if -1 <= x < 1.5], True > 0.5, False < 0.5, True == 1.0)
print(sorted([(1.5, "b"), (1, "a"), (1.0, "c"), (0.5, "d")]), (1.0, 2) < (1, 2.5), [1.5] > [1])
