# Checks floats with ints beyond 2**53: arithmetic converts the int (rounding once), while
# comparisons stay exact.
big = 2 ** 80 + 1
print(big + 0.0, big * 1.0, big - 1.5, big / 2.0, 0.5 * big)
print(big == float(big), float(big) == 2 ** 80, big > 2.0 ** 80, big - 1 == 2.0 ** 80)
for n in (2 ** 53, 2 ** 53 + 1, 2 ** 63, 2 ** 63 - 1, 2 ** 64 + 1, -(2 ** 64) - 1, 10 ** 20, 3 ** 50):
    f = float(n)
    print(n == f, n < f, n > f, n <= f, n >= f, n != f, f == n, f < n, f > n)
print(2 ** 1023 * 2 < float("inf"), 10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(max(2 ** 64, 1.8446744073709552e19), min(2 ** 64 + 1, 1.8446744073709552e19))
print(sorted([2 ** 64 + 1, 1.8446744073709552e19, 2 ** 64 - 1, 2 ** 64]))
print(int(2.0 ** 80) == 2 ** 80, int(2.0 ** 80 + 2 ** 28) - 2 ** 80)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(-9007199254740993 < -9007199254740992.0, 4611686018427387905 > 4.611686018427388e18)
