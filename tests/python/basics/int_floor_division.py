# Checks floor division and modulo with every sign combination and the divmod identity.
for a in (7, -7, 0, 1, -1, 13, -13, 100, -100):
    for b in (1, -1, 2, -2, 3, -3, 7, -7, 10, -10):
        q = a // b
        r = a % b
        ok = q * b + r == a
        print(a, b, q, r, ok)
print(17 // 5, -17 // 5, 17 // -5, -17 // -5)
print(17 % 5, -17 % 5, 17 % -5, -17 % -5)
print(0 // 5, 0 % 5, 0 // -5, 0 % -5)
print(5 // 17, -5 // 17, 5 % 17, -5 % 17)
print(1000000000000 // 7, 1000000000000 % 7)
print(-1000000000000 // 7, -1000000000000 % 7)
print(4000000000000000000 // 3, 4000000000000000000 % 3)
print(-4000000000000000000 // 1000, -4000000000000000000 % 1000)
x = 100
x //= 7
print(x)
x %= 4
print(x)
y = -100
y //= 7
print(y)
y %= 5
print(y)
