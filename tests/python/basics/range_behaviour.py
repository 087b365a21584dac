# Checks range: negative steps, indexing, slicing, membership, len, reversed and errors.
r = range(10, -5, -3)
print(list(r), len(r), r[0], r[-1], r[2])
print(list(r[1:3]), list(r[::-1]), list(r[::2]), r[1:3], r[::-1])
print(4 in r, 5 in r, -5 in r, 10 in r, -2 in r, 13 in r)
try:
    r[5]
except IndexError:
    print("IndexError")
print(len(range(0)), len(range(5, 0)), len(range(0, 10, 3)), len(range(0, -10, -4)))
print(list(reversed(range(1, 8, 2))), list(reversed(range(0))), repr(range(3)), repr(range(1, 9, 2)))
try:
    range(1, 2, 0)
except ValueError:
    print("ValueError step")
print(bool(range(0)), bool(range(1)), list(range(-3)), list(range(-3, 0)))
print(sum(range(101)), max(range(3, 30, 7)), min(range(5, 0, -2)))
print(list(range(2, 20)[3:10:3]), list(range(2, 20)[-3:]), list(range(5)[10:]))
