# Checks int.bit_length on small and big ints of both signs around word and digit boundaries.
for n in (0, 1, 2, 3, 255, 256, 2 ** 31, 2 ** 32, 2 ** 62, 2 ** 63, 2 ** 64, 2 ** 100):
    print(n.bit_length(), (n - 1).bit_length() if n else 0, (-n).bit_length(), (n + 1).bit_length())
print(True.bit_length(), False.bit_length(), int.bit_length(2 ** 70))
for bad in ("x", None, [1]):
    try:
        int.bit_length(bad)
    except TypeError:
        print("TypeError", repr(bad))
