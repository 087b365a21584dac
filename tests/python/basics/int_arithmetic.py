# Checks int addition, subtraction, multiplication, unary operators and precedence.
print(1 + 2, 10 - 3, 6 * 7)
print(-5 + 3, 5 - 8, -4 * -6, -4 * 6)
print(0 + 0, 0 * 12345, 1 * -1)
print(+7, -7, -(-7), +(-7), --7, -+-7)
print(~0, ~1, ~-1, ~255, ~-256)
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 + 4, 2 * (3 + 4))
print(10 - 4 - 3, 10 - (4 - 3))
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
print(1 + 2 * 3 - 4 // 2 + 5 % 3)
print(100 // 7 * 7 + 100 % 7)
x = 123456789
y = 987654321
print(x + y, y - x, x - y)
print(x * 1000, x * 1000000)
print(3000000000 * 1000000000)
print(1000000007 * 1000000007)
print(4000000000000000000 + 100)
print(-4000000000000000000 - 100)
print(1234567890123 * 1000)
big = 1
for i in range(60):
    big = big * 2
print(big, big - 1, big // 3)
n = 0
for i in range(1, 101):
    n = n + i * i
print("sum of squares 1..100:", n)
print(0x10, 0xff, 0o17, 0b1011, 1_000_000, 0x_ff)
print(0XAB, 0O7, 0B11)
print(type(1 + 2), type(-3))
