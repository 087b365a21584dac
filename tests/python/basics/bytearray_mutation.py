# Changing a bytearray in place: items, slices (also extended ones) and del.
a = bytearray(b"abcdef")
a[0] = 65
a[-1] = 70
print(a)
a[1:3] = b"XYZ"
print(a)
a[1:4] = b""
print(a)
a[0:0] = bytearray(b"<<")
a[len(a):] = [62, 62]
print(a)
print(len(a))
a[::2] = b"1234"
print(a)
a[1::2] = range(97, 101)
print(a)
a[2:4] = memoryview(b"mv")
print(a)
del a[0]
del a[-1]
print(a)
del a[::3]
print(a)
del a[::-2]
print(a)
del a[:]
print(a, len(a))
b = bytearray(b"0123456789")
del b[8:2:-3]
print(b)
b[5:2] = b"ins"
print(b)
b[:] = b
print(b)
b[1:3] = b
print(b)
c = bytearray(b"xyz")
c[:] = c[::-1]
print(c)
for index, value in [(0, 256), (0, -1), (5, 1), (-4, 1)]:
    try:
        c[index] = value
    except (ValueError, IndexError) as e:
        print(type(e).__name__)
for value in ["s", 1.0, None]:
    try:
        c[0] = value
    except TypeError:
        print("TypeError")
for value in [5, "str", [1, 300], None]:
    try:
        c[0:1] = value
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
try:
    c[::2] = b"toolong"
except ValueError:
    print("ValueError")
try:
    del c[10]
except IndexError:
    print("IndexError")
print(c)
