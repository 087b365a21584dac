# Checks str, repr, hex, oct and bin of big ints of both signs.
values = (2 ** 64, 2 ** 100 - 1, -(2 ** 100), 10 ** 30, -(10 ** 30) + 1, 3 ** 80)
for v in values:
    print(str(v), repr(v))
    print(hex(v), oct(v), bin(v))
print(str(10 ** 100))
print(str(-(2 ** 333)))
print([2 ** 70, -(2 ** 70)], (2 ** 65,), {"k": 2 ** 66})
print(hex(2 ** 64 - 1), hex(-(2 ** 64)), oct(8 ** 30), bin(2 ** 70 + 1))
print(len(str(7 ** 500)), str(7 ** 500 % 100000))
for i in range(60, 70):
    print(i, 2 ** i, -(2 ** i), hex(2 ** i - 1))
