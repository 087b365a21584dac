# Checks shifts, and, or, xor and invert on positive and negative ints.
print(1 << 0, 1 << 1, 1 << 10, 1 << 40, 1 << 61)
print(5 << 3, -5 << 3, 0 << 50)
print(1024 >> 3, 1023 >> 3, -1024 >> 3, -1023 >> 3, -1 >> 10, -1 >> 60)
print(12345678901 >> 7, 7 >> 100, -7 >> 100)
print(12 & 10, 12 | 10, 12 ^ 10)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(12 & -10, 12 | -10, 12 ^ -10)
print(-12 & -10, -12 | -10, -12 ^ -10)
print(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0xaa)
print(~5, ~-5, ~0, ~~5)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4))
print(1 + 2 << 3, 1 + (2 << 3))
print(255 & 15 == 15, (255 & 15) == 15)
for i in range(-4, 5):
    print(i, i << 2, i >> 1, i & 3, i | 8, i ^ 5, ~i)
x = 0
for bit in (0, 3, 5, 40):
    x |= 1 << bit
print(x)
x &= ~(1 << 3)
print(x)
x ^= 0b111
print(x)
x >>= 2
print(x)
x <<= 5
print(x)
count = 0
v = 0b1011011101111
while v:
    count += v & 1
    v >>= 1
print("popcount", count)
