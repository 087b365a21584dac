# memoryview over bytes and bytearray: length, indexing as ints, slicing into
# views that copy nothing, tobytes, tolist, hex and the attributes.
data = bytearray(b"abcdef")
m = memoryview(data)
print(len(m), m[0], m[-1], m.tobytes(), m.tolist(), m.hex(), bytes(m), bytearray(m), list(m))
print(m.readonly, m.nbytes, m.itemsize, memoryview(b"ro").readonly, type(m).__name__)
s = m[1:4]
print(len(s), s.tobytes(), s[0], s[-1], s[1:].tobytes(), s[:0].tobytes(), s[-2:].tolist(), s[10:].tobytes())
data[2] = 90
print(s.tobytes(), m[2], bytes(s[1:2]))
m[0] = 65
s[0] = 66
print(data, m.tobytes())
for byte in memoryview(b"\x01\x02"):
    print(byte)
print(97 in memoryview(b"abc"), b"a" in memoryview(b"abc"), m == data, m == b"ABZdef", s == b"BZd", m != b"x", memoryview(b"") == b"")
print(b"x" + memoryview(b"y"), bytearray(b"x") + memoryview(b"y"), bool(memoryview(b"")), bool(memoryview(b"\x00")))
v = memoryview(memoryview(b"nested")[1:])[1:3]
print(v.tobytes(), len(v), v.readonly)
print(memoryview(b"text").tobytes().decode(), str(memoryview(b"abc"), "utf-8"), b"%s" % memoryview(b"fmt"), b"-".join([memoryview(b"a"), memoryview(b"b")]))


class B(bytes):
    pass


print(memoryview(B(b"sub")).tobytes(), memoryview(bytearray(b"ba"))[1])
