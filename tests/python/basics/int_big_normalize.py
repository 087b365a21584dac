# Checks that big and small ints are one type, that results return to small ints when they fit,
# and that bool stays a subclass of int.
big = 2 ** 100
print(type(big), type(big // big), type(big - big), type(-big))
print(isinstance(big, int), isinstance(True, int), isinstance(2 ** 100 // 2 ** 99, int))
print(big // big, big - big + 7, (big + 3) % big, big >> 98, -big >> 98)
x = 2 ** 62
print(x - 1, x - x, x // 2, -x // 2, x // -2)
values = [big * i // big for i in range(-3, 4)]
print(values, values == list(range(-3, 4)))
print([2 ** 70 // 2 ** 68, 2 ** 70 % 7, (2 ** 70 - 1) & 0xFF, (2 ** 70 + 5) ^ 2 ** 70])
lst = [10, 20, 30]
print(lst[2 ** 70 // 2 ** 69], lst[-(2 ** 70) // 2 ** 70], "ab" * (2 ** 70 // 2 ** 69))
print(list(range(2 ** 70 // 2 ** 68)))
