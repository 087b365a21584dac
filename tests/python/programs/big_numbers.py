# Programs on big ints and floats that allocate many numbers and so run through collections:
# factorials, Fibonacci numbers, digits of pi and e by spigot algorithms, and a Collatz record.
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


f = factorial(200)
print(len(str(f)), f % (10 ** 20), sum(int(c) for c in str(f)))
print(factorial(50) // factorial(48) == 50 * 49)


def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(fibonacci(300), fibonacci(301) * fibonacci(299) - fibonacci(300) ** 2)


def pi_digits(count):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return digits


print(pi_digits(300))
scale = 10 ** 100
e = 0
term = scale
n = 0
while term:
    e += term
    n += 1
    term //= n
print(e)
print(e / scale, float(e) / scale, e * 1.0 / scale)
best = 0
best_start = 0
for start in range(1, 3000):
    steps = 0
    value = start * (2 ** 70 + 1)
    while value != 1 and steps < 1000:
        value = value // 2 if value % 2 == 0 else 3 * value + 1
        steps += 1
    if steps > best:
        best, best_start = steps, start
print(best, best_start)
