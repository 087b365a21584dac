# Checks for loops over range() with one, two and three arguments, including negative steps and empty ranges.
for i in range(5):
    print(i, end=" ")
print()
for i in range(2, 7):
    print(i, end=" ")
print()
for i in range(0, 20, 3):
    print(i, end=" ")
print()
for i in range(10, 0, -2):
    print(i, end=" ")
print()
for i in range(-5, 5, 4):
    print(i, end=" ")
print()
for i in range(5, -6, -3):
    print(i, end=" ")
print()
for args in ((0,), (-3,), (5, 5), (5, 2), (2, 5, -1), (0, 10, 20), (10, 0, -20)):
    if len(args) == 1:
        r = range(args[0])
    elif len(args) == 2:
        r = range(args[0], args[1])
    else:
        r = range(args[0], args[1], args[2])
    print(args, list(r), len(r))
print(list(range(3)), tuple(range(1, 4)))
print(len(range(1000000)), len(range(0, 100, 7)), len(range(100, 0, -7)))
r = range(10, 20, 2)
print(r[0], r[1], r[-1], 14 in r, 15 in r)
total = 0
for i in range(1, 1001):
    total += i
print(total)
for i in range(3):
    pass
print("i after loop", i)
for i in range(0):
    print("never")
else:
    print("else of empty range")
for i in range(3):
    print("body", i)
else:
    print("else after full range")
try:
    range(1, 10, 0)
except ValueError:
    print("ValueError zero step")
print(range(5), range(1, 5), range(1, 10, 2))
