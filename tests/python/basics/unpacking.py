# Checks tuple/list unpacking assignment, swaps, nested targets and unpacking in for loops.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = [10, 20, 30]
print(x, y, z)
(p, q) = "hi"
print(p, q)
[m, n] = (5, 6)
print(m, n)
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
(a, b), (c, d) = (1, 2), [3, 4]
print(a, b, c, d)
a, [b, (c, d)] = "A", ("B", "CD")
print(a, b, c, d)
a, b, c = b, c, a
print(a, b, c)
t = 7, 8, 9
print(t)
i, j, k = t
print(i + j + k)
lst = [0, 0, 0]
lst[0], lst[2] = 11, 33
print(lst)
lst[0], lst[1] = lst[1], lst[0]
print(lst)
for u, v in [(1, 2), (3, 4), (5, 6)]:
    print(u, v, u * v)
for (u, v), w in (((1, 2), 3), ((4, 5), 6)):
    print(u, v, w)
for ch1, ch2 in ["ab", "cd", "ef"]:
    print(ch2, ch1)
fa, fb = 0, 1
for i in range(15):
    fa, fb = fb, fa + fb
print(fa, fb)
one, = [42]
print(one)
(single,) = (99,)
print(single)
try:
    a, b = 1, 2, 3
except ValueError:
    print("ValueError too many")
try:
    a, b, c = [1, 2]
except ValueError:
    print("ValueError too few")
try:
    a, b = 5
except TypeError:
    print("TypeError not iterable")
print(a, b)
