# Checks list literals, indexing, item assignment, del, append, pop, +, *, list() and membership.
lst = [3, 1, 4, 1, 5]
print(lst, len(lst), lst[0], lst[-1], lst[-5])
lst[1] = 10
lst[-1] = 50
print(lst)
lst.append(9)
lst.append([2, 6])
print(lst, len(lst))
print(lst.pop(), lst.pop(), lst)
print(lst.pop(0), lst)
print(lst.pop(-2), lst)
del lst[0]
print(lst)
del lst[-1]
print(lst)
print([1, 2] + [3], [0] * 5, [1, 2] * 3, [] * 10, 3 * [7], [1] * 0)
print(list(), list("abc"), list((1, 2)), list(range(3, 8)), list(range(10, 0, -3)))
a = [1, 2, 3]
b = list(a)
b.append(4)
print(a, b, a is b)
print(2 in a, 4 in a, 4 not in a, [1] in [[1], [2]])
grid = [[0] * 3, [0] * 3]
grid[0][1] = 5
grid[1][2] = 7
print(grid)
shared = [[0] * 2] * 2
shared[0][0] = 1
print(shared)
empty = []
print(empty, len(empty), bool(empty))
for i in range(5):
    empty.append(i * 10)
print(empty)
while empty:
    print("popped", empty.pop())
print(empty)
try:
    empty.pop()
except IndexError:
    print("IndexError pop empty")
try:
    print(a[5])
except IndexError:
    print("IndexError get")
try:
    a[-10] = 1
except IndexError:
    print("IndexError set")
try:
    del a[3]
except IndexError:
    print("IndexError del")
try:
    print(a["x"])
except TypeError:
    print("TypeError index")
rows = []
for r in range(3):
    row = []
    for c in range(4):
        row.append(r * c)
    rows.append(row)
print(rows)
print(type([]), repr(["a", 'b"c']))
x = [1, 2]
x.append(x[0] + x[1])
x[0], x[2] = x[2], x[0]
print(x)
