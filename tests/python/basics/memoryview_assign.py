# Writing through a memoryview of a bytearray, by item and by slice.
data = bytearray(b"0123456789")
m = memoryview(data)
m[0] = 65
m[-1] = 90
m[2:5] = b"abc"
m[5:7] = bytearray(b"XY")
m[7:8] = memoryview(b"!")
print(data)
m[1:9] = m[2:10]
print(data)
m[:0] = b""
part = m[3:6]
part[1] = 0
part[:] = b"---"
print(data, part.tobytes())


def store(view, index, value):
    view[index] = value


ro = memoryview(b"read only")
for view, index, value in [
    (m, 0, 256),
    (m, 0, -1),
    (m, 10, 1),
    (m, slice(0, 2), b"abc"),
    (m, 0, "a"),
    (m, 0, 1.5),
    (m, 0, None),
    (m, slice(0, 2), [1, 2]),
    (m, slice(0, 2), "ab"),
    (m, slice(0, 2), 5),
    (ro, 0, 1),
    (ro, slice(0, 1), b"x"),
]:
    try:
        store(view, index, value)
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__)
try:
    del m[0]
except TypeError:
    print("TypeError")
print(data, ro.tobytes())
