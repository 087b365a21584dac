# Checks pow(base, exponent, modulus) on big and small ints: the result takes the modulus's sign,
# and a negative exponent uses the modular inverse (CPython 3.8+). The largest exponent is 1234 so
# that a board, even an emulated one, computes base ** e quickly: (10 ** 20 + 39) ** 12345 alone
# would be 100 KB of digits.
print(pow(3, 200, 1000007), pow(2, 2 ** 100, 10 ** 9 + 7), pow(2 ** 100, 2 ** 100, 2 ** 61 - 1))
print(pow(-3, 5, 7), pow(3, 5, -7), pow(-3, 5, -7), pow(0, 0, 5), pow(5, 0, 1))
print(pow(3, -1, 7), pow(3, -2, 7), pow(2 ** 100 + 1, -1, 2 ** 89 - 1))
print(pow(38, -1, 97) * 38 % 97)
for base in (2, 7, 10 ** 20 + 39):
    for e in (0, 1, 2, 100, 1234):
        for m in (3, 10 ** 9 + 7, 2 ** 127 - 1, -(2 ** 64)):
            print(pow(base, e, m) == base ** e % m, end=" ")
    print()
try:
    pow(2, 5, 0)
except ValueError:
    print("ValueError for modulus 0")
try:
    pow(2, -1, 4)
except ValueError:
    print("ValueError for no inverse")
try:
    pow(2, 5, "3")
except TypeError:
    print("TypeError for str modulus")
print(pow(2, 10, None), pow(True, 5, 3))
