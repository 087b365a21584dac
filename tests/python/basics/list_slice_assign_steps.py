# Checks slice assignment with different lengths, extended slices and deletion with steps.
a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[1:6] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
a[::2] = "ABCD"
print(a)
b = list(range(10))
b[::-3] = [0, 0, 0, 0]
print(b)
try:
    b[::2] = [1, 2]
except ValueError:
    print("ValueError")
c = list(range(10))
del c[::3]
print(c)
del c[::-2]
print(c)
d = list(range(10))
del d[2:8:2]
print(d)
del d[5:1]
print(d)
del d[:]
print(d)
e = [1, 2, 3]
e[1:2] = range(4)
print(e)
e[0:1] = (x * 10 for x in range(2))
print(e)
f = [1, 2, 3]
f[:] = f
print(f)
f[1:] = f
print(f)
