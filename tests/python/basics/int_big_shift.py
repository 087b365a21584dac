# Checks << and >> with results beyond the machine word, rounding of >> toward minus infinity,
# and shifting back down to small ints.
print(1 << 64, 1 << 100, 1 << 200, -1 << 100)
print((1 << 200) >> 199, (1 << 200) >> 200, (1 << 200) >> 201)
print(-(1 << 200) >> 199, -(1 << 200) >> 300, (-(1 << 200) - 1) >> 200)
print((2 ** 100 + 12345) >> 50, -(2 ** 100 + 12345) >> 50)
for shift in (0, 1, 31, 32, 33, 63, 64, 65, 127, 128):
    x = 3 << shift
    print(shift, x, x >> shift, -x >> shift, x >> (shift + 1))
print(5 >> 1000, -5 >> 1000, 0 << 1000, 2 ** 100 >> 2 ** 70, -(2 ** 100) >> 2 ** 70)
n = 1
for i in range(70):
    n <<= 1
print(n)
for i in range(70):
    n >>= 1
print(n)
for count in (-1, -(2 ** 70)):
    try:
        print(1 << count)
    except ValueError:
        print("ValueError <<")
    try:
        print(2 ** 100 >> count)
    except ValueError:
        print("ValueError >>")
