# Checks list comparisons, shallow copies vs aliases, nested mutation, multiplication aliasing and equality.
a = [1, [2, 3]]
b = a[:]
c = list(a)
d = a.copy()
a[1].append(4)
a[0] = 9
print(b, c, d, a)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 2 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] == [1, 2], [1] != [1.0], [[1]] < [[2]])
try:
    [1] < ["a"]
except TypeError:
    print("TypeError")
x = [1, 2]
x *= 2
print(x, x * 0, [None] * 3)
x[len(x):] = [5]
print(x, x.index(5), [1, 2, 3][-1:-4:-1])
