# Checks bin/hex/oct of zero, negatives, bools, big ints, and that they round-trip through int(text, 0).
for n in (0, 1, -1, 7, -8, 255, 256, 2 ** 31, -2 ** 63, 2 ** 100 + 5, True, False):
    print(bin(n), hex(n), oct(n), int(bin(n), 0) == n, int(hex(n), 16) == n, int(oct(n), 8) == n)
for bad in (1.0, "1", None, [1]):
    try:
        hex(bad)
    except TypeError:
        print("TypeError")
