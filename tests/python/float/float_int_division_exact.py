# Checks int / int, which is correctly rounded even when the ints are beyond a float's precision.
print(1 / 3, 2 / 3, -7 / 2, 10 ** 20 / 3, (2 ** 53 + 1) / 1, (2 ** 53 + 3) / 2, 10 ** 400 / 10 ** 399)
print(1 / 10 ** 400, -1 / 10 ** 400, 10 ** 308 / 10 ** -0, (10 ** 309) // 10 / 10 ** 308, 2 ** 1074 and 1 / 2 ** 1074)
print(1 / 2 ** 1075, 3 / 2 ** 1076, (2 ** 200 + 1) / 2 ** 150, 123456789 ** 3 / 987654321 ** 2)
print([n / 7 for n in range(-3, 4)], 0 / 5, -0 / 5, 0 / -5)
for bad in [lambda: 10 ** 400 / 3, lambda: 1 / 0, lambda: 2 ** 2000 / 1]:
    try:
        bad()
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__)
