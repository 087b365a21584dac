# Checks the ** operator with non-negative exponents, including negative bases and zero.
for base in (-3, -2, -1, 0, 1, 2, 3, 10):
    for e in range(6):
        print(base, e, base ** e)
print(2 ** 60 - 1 + 2 ** 60)
print(2 ** 60, 2 ** 40, 3 ** 35)
print(10 ** 18, 7 ** 20)
print(0 ** 0, 5 ** 0, (-5) ** 0)
print(-2 ** 3, (-2) ** 3, -(2 ** 3))
print(2 ** 2 ** 3, 2 ** (2 ** 3), (2 ** 2) ** 3)
x = 3
x **= 4
print(x)
x **= 2
print(x)
p = 1
for i in range(20):
    p = p * 3
print(p, 3 ** 20, p == 3 ** 20)
