# Checks ** with big results, huge exponents on 0, 1 and -1, and powers that come back down.
print(2 ** 100, 3 ** 100, (-3) ** 101, 10 ** 40)
print(7 ** 77)
print((2 ** 64) ** 3, (-(2 ** 64)) ** 3)
print(2 ** 64 ** 1, (2 ** 3) ** 30)
for base in (2, -2, 3, 10, 2 ** 40, -(2 ** 40)):
    for e in (0, 1, 2, 5, 31, 64):
        print(base, e, base ** e)
print(0 ** (2 ** 100), 1 ** (2 ** 100), (-1) ** (2 ** 100), (-1) ** (2 ** 100 + 1))
x = 5
x **= 60
print(x)
print(len(str(2 ** 1000)), len(str(3 ** 2000)))
print(2 ** 10000 % 1000007)
print((2 ** 100) ** 0, (2 ** 100) ** 1 == 2 ** 100)
