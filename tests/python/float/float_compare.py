# Checks comparisons between floats and between floats and ints, exact even where the int
# does not fit a float.
print(1.0 == 1, 1 == 1.0, 1.5 > 1, 2 < 2.5, 1.0 != 1, 0.0 == -0.0, 0.0 == False, 1.0 == True)
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, 3 <= 3.0, 3 >= 3.0000000000000004)
big = 2 ** 53 + 1
print(big == float(big), big > float(big), float(big) < big, big - 1 == float(big))
print(2 ** 100 == 2.0 ** 100, 2 ** 100 + 1 == 2.0 ** 100, 2 ** 100 + 1 > 2.0 ** 100, -(2 ** 100) - 1 < -(2.0 ** 100))
print(10 ** 23 == 1e23, 10 ** 23 > 1e23, 99999999999999991611392 == 1e23)
print(2 ** 62 == 4.611686018427388e18, 2 ** 62 - 1 < 4.611686018427388e18)
print(1e400 > 2 ** 5000, -1e400 < -(2 ** 5000), float("inf") > 10 ** 400, 10 ** 400 < float("inf"))
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, 1 < nan, nan == 2 ** 100, 2 ** 100 != nan, nan <= nan)
print(1.5 < 2 ** 70, 2 ** 70 > 1.5, 0.5 > -(2 ** 70), -1.5 < -1, -1.5 > -2, -0.5 < 0)
for x in (-2.5, -2.0, -1.5, -0.5, 0.0, 0.5, 1.0, 2 ** 63 + 0.0):
    print(x, x < -2, x <= -2, x == -2, x > 2 ** 63, x >= 2 ** 63, x == 2 ** 63)
print(sorted([3, 1.5, 2 ** 64, -0.5, 2, 1e19, -(2 ** 70), 2.5]))
print(1.0 in [1, 2], 1 in [1.0], 2 ** 64 in [1.8446744073709552e19], [1, 2.0] == [1.0, 2])
print(max(1, 1.0), min(1.0, 1), max(2, 1.5, 2 ** 0.5), min([0.1, 0.01, 1]))
