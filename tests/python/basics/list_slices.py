# Checks list slicing with steps, negative steps, out-of-range bounds and slice objects.
a = list(range(10))
print(a[::2], a[1::3], a[::-1], a[::-3], a[8:2:-2], a[2:8:-1])
print(a[-3:], a[:-3], a[-100:3], a[7:100], a[5:2], a[-1:-5:-1])
print(a[slice(2, 5)], a[slice(None, None, -4)], a[slice(-2, None)])
s = slice(1, 9, 3)
print(s.start, s.stop, s.step, a[s])
print(slice(5).start, slice(5).stop, slice(5).step)
print(slice(None, None, -1).indices(4), slice(-20, 20).indices(6))
try:
    a[::0]
except ValueError:
    print("ValueError")
print(a[3:3], a[100:], a[:0])
t = tuple(a)
print(t[::3], t[::-2], t[-4:-1])
print("abcdefg"[::-2], "abcdefg"[5:1:-1])
b = a[:]
b[0] = 99
print(a[0], b[0])
