# Checks floor division, modulo and divmod sign rules for small and big ints, and pow with modulus.
for a in [7, -7, 0, 2 ** 70 + 3, -(2 ** 70) - 3]:
    for b in [3, -3, 2 ** 65, -(2 ** 65)]:
        q, r = divmod(a, b)
        print(a, b, a // b, a % b, q, r, q * b + r == a)
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, 3, -7), pow(2, 100, 1000), pow(7, -1, 10), pow(5, 0, 1))
print(pow(2, 10), pow(2, -1), pow(-2, 3), 0 ** 0, (-1) ** 1001)
