# Checks that / on ints gives a float, correctly rounded even when the ints are far beyond
# what a float holds exactly.
print(7 / 2, -7 / 2, 1 / 3, 2 / 3, 10 / 5, 0 / 5, 0 / -5, -0 / 5)
print(1 / 7, 22 / 7, 355 / 113, 1 / 1024, 3 / 2 ** 60)
print(2 ** 100 / 2 ** 50, (2 ** 100 + 1) / 2 ** 100, 10 ** 30 / 3, -(10 ** 30) / 7)
print(1 / 10 ** 30, 7 / -(10 ** 40), 10 ** 300 / 10 ** 299)
print((2 ** 53 + 1) / 1, (2 ** 53 + 3) / 1, (2 ** 54 + 2) / 2, (2 ** 60 + 1) / 2 ** 7)
print(2 ** 1023 / 2 ** 1000, 1 / 2 ** 1074, 3 / 2 ** 1075, 1 / 2 ** 1076)
print((10 ** 400 + 1) / 10 ** 399, 12345678901234567890123456789 / 98765432109876543210)
x = 10
x /= 4
print(x, type(x))
for n in (1, 3, 7, 11, 13, 2 ** 61 - 1):
    print(n, 1 / n, n / 1000003)
try:
    print(1 / 0)
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    print(2 ** 100 / 0)
except ZeroDivisionError:
    print("ZeroDivisionError big")
try:
    print(2 ** 2000 / 3)
except OverflowError:
    print("OverflowError")
