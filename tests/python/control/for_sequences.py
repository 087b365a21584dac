# Checks for loops over lists, tuples, strings and nested sequences, with else and loop variables.
for x in [1, "two", None, (3,)]:
    print(repr(x))
for x in (10, 20, 30):
    print(x * 2)
for ch in "héllo":
    print(ch)
for row in [[1, 2], [3, 4, 5], []]:
    print("row", row, "len", len(row))
    for v in row:
        print("  v", v)
for a, b in [(1, "a"), (2, "b")]:
    print(a, b)
for x in []:
    print("never")
else:
    print("else on empty list")
for x in ():
    print("never")
else:
    print("else on empty tuple")
for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print("no break: else runs")
for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print("not printed")
print("x is", x)
items = [3, 1, 2]
for i in range(len(items)):
    items[i] = items[i] * 10
print(items)
grow = [1]
for v in grow:
    if v < 5:
        grow.append(v + 1)
print(grow)
seq = [1, 2, 3, 4]
acc = []
for v in seq:
    acc.append(v * v)
print(acc)
for s in ("ab", "cd"):
    for c in s:
        print(c, end="")
print()
for t in ((1, 2), (3, 4)):
    for v in t:
        print(v, end=",")
print()
try:
    for x in 5:
        print(x)
except TypeError:
    print("TypeError int not iterable")
try:
    for x in None:
        pass
except TypeError:
    print("TypeError None not iterable")
