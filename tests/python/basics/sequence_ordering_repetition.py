# Checks ordering comparisons and repetition of tuples and lists.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) <= (1, 2), (1, 2) >= (1, 3))
print([1, 2] < [1, 3], [] < [0], [3] > [2, 9], [1, [2]] == [1, [2]], [1, 2] <= [1, 2])
print(('a', 1) < ('a', 2), ("b",) > ("a", "z"), (1, 2) == (1, 2), (1,) == [1])
print((1, 2) * 3, (1,) * 0, () * 5, 2 * (7, 8), (1, 2) * -1)
x = [1, 2]
x *= 3
print(x, [0] * 4, 3 * ["a"], [1, 2] * 0)
t = ([1], 2)
u = t * 2
u[0].append(3)
print(u)
try:
    (1, 2) < (1, "a")
except TypeError:
    print("TypeError mixed")
try:
    [1] < (1,)
except TypeError:
    print("TypeError list tuple")
