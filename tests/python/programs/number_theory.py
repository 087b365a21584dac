# Program: prime factorization, divisor sums, perfect numbers, digit sums and base conversion.
def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors
for n in (1, 2, 12, 97, 360, 1001, 65536, 999999, 600851475143, 2 ** 31 - 1):
    print(n, factorize(n))
def divisor_sum(n):
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            if d * d != n:
                total += n // d
        d += 1
    return total
perfect = []
for n in range(2, 10000):
    if divisor_sum(n) == n:
        perfect.append(n)
print("perfect:", perfect)
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    neg = n < 0
    if neg:
        n = -n
    out = ""
    while n:
        out = digits[n % b] + out
        n //= b
    return "-" + out if neg else out
for n in (0, 5, 255, -255, 1000000, 2 ** 60):
    print(n, to_base(n, 2), to_base(n, 16), to_base(n, 36), int(to_base(n, 36), 36) == n)
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
for n in (0, 1, 15, 16, 17, 10 ** 12, 10 ** 18):
    print("isqrt", n, isqrt(n))
def modpow(b, e, m):
    result = 1
    b %= m
    while e > 0:
        if e & 1:
            result = result * b % m
        b = b * b % m
        e >>= 1
    return result
print(modpow(2, 100, 1000000007), modpow(3, 10 ** 9, 998244353), modpow(7, 0, 13))
