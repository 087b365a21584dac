# Checks &, |, ^ and ~ on big ints, negatives behaving as infinite two's complement.
a = 2 ** 100 + 0xF0F0
b = 2 ** 80 - 1
values = (a, -a, b, -b, 0, -1, 255, -256, 2 ** 64, -(2 ** 64))
for x in values:
    print(~x, x & 0xFFFF, x | 1, x ^ -1)
for x in (a, -a, b, -b):
    for y in (a, -a, b, -b, 12345, -12345):
        print(x & y, x | y, x ^ y)
print((-2 ** 100) & 0xFFFF, (-(2 ** 100)) | 5, ~(2 ** 100), (2 ** 100) ^ -1)
print(-(2 ** 64) & (2 ** 64 - 1), -(2 ** 64) | (2 ** 64 - 1))
print((2 ** 70 | 2 ** 3) & ~(2 ** 3) == 2 ** 70)
mask = (1 << 128) - 1
print(hex(-1 & mask), hex(~0 & mask), hex(-(2 ** 127) & mask))
x = 2 ** 90
x |= 1
x ^= 2 ** 90
x &= 3
print(x)
print(True & 2 ** 70, (2 ** 70 + 1) & True, False | 2 ** 70)
