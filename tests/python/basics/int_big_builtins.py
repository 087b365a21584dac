# Checks builtins on big ints: abs, divmod, min, max, sum, sorted, round, bool, int(), pow,
# bit_length.
a = -(2 ** 100)
print(abs(a), abs(-a), abs(2 ** 62 - 1), abs(-(2 ** 62)))
print(bool(2 ** 100), bool(-(2 ** 100)), not 2 ** 100)
print(int(a), int(-a), int(2 ** 70) is not None)
print(min(2 ** 70, 2 ** 69, 3), max(-(2 ** 70), -5), sum([2 ** 64] * 5), sum(range(10), 2 ** 80))
print(sorted([2 ** 70, -1, 2 ** 69, 0]))
print(round(2 ** 100), round(2 ** 100 + 49, -2), round(2 ** 100 + 50, -2), round(12345678901234567890125, -1))
print(round(-(10 ** 25) - 5, -1), round(10 ** 25 + 15, -1), round(55, -1), round(65, -1), round(2 ** 70, 5))
print(pow(2, 100), pow(-2, 99))
print((2 ** 100).bit_length(), (-(2 ** 100)).bit_length(), (2 ** 100 - 1).bit_length(), (0).bit_length(), (255).bit_length())
print(divmod(2 ** 100, 3), divmod(-(2 ** 100), 3))
print(hash(2 ** 100) == hash(2 ** 100), str(2 ** 100) == repr(2 ** 100))
