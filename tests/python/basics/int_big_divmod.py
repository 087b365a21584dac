# Checks // and % (floor division, remainder with the divisor's sign) and divmod on big ints
# of every sign combination.
a = 2 ** 100 + 12345
b = 3 ** 40
for x in (a, -a):
    for y in (b, -b, 7, -7, 1, -1, 2 ** 64, -(2 ** 64)):
        q = x // y
        r = x % y
        print(q, r, q * y + r == x, divmod(x, y) == (q, r))
print(-(2 ** 64) // 3, -(2 ** 64) % 3)
print((2 ** 64) // -3, (2 ** 64) % -3)
print(7 // 2 ** 70, -7 // 2 ** 70, 7 % 2 ** 70, -7 % 2 ** 70)
print(2 ** 200 // 2 ** 100 == 2 ** 100, 2 ** 200 % 2 ** 100)
print((10 ** 40 + 1) // (10 ** 20 + 1), (10 ** 40 + 1) % (10 ** 20 + 1))
print(divmod(10 ** 30, 10 ** 15), divmod(-(10 ** 30), 10 ** 15 + 1))
n = 10 ** 50
digits = []
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(len(digits), digits[-1], sum(digits))
for bad in (0, False):
    try:
        print(2 ** 100 // bad)
    except ZeroDivisionError:
        print("ZeroDivisionError //")
    try:
        print(2 ** 100 % bad)
    except ZeroDivisionError:
        print("ZeroDivisionError %")
