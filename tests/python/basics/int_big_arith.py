# Checks +, -, * and unary minus on ints beyond the machine word, and that results that fit
# become ordinary small ints again.
a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, b - a, a * b)
print(-a, +a, -(-a) == a)
print(a + 1 - 1 == a, (a + 5) - a, a - a, a * 0, 0 * a)
print(a * a * a)
print(-a * b, a * -b, -a * -b)
big = 1
for i in range(1, 31):
    big *= i
print(big)
total = 0
for i in range(100):
    total += 2 ** i
print(total, total == 2 ** 100 - 1)
# Crossing the small-int boundary in both directions, one step at a time.
n = 2 ** 62 - 3
for i in range(6):
    print(n)
    n += 1
for i in range(6):
    n -= 1
    print(n)
m = -(2 ** 62) + 2
for i in range(5):
    m -= 1
    print(m)
x = 4611686018427387904
print(x, -x, x - 1, x * 2, x + x)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(18446744073709551615 * 18446744073709551615)
print(12345678901234567890123456789 * 98765432109876543210987654321)
