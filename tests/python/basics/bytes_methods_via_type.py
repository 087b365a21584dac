# Methods of bytes, bytearray and memoryview called through the type: the
# first argument must be of a fitting type.
print(bytes.upper(b"a"), bytes.split(b"a b"), bytes.decode(b"x"), bytes.hex(b"\x01"), bytes.join(b",", [b"a", b"b"]))
print(bytearray.upper(bytearray(b"a")), bytearray.hex(bytearray(b"\x02")), memoryview.tobytes(memoryview(b"m")))
a = bytearray()
bytearray.append(a, 1)
bytearray.extend(a, b"\x02")
print(a, memoryview.tolist(memoryview(a)), memoryview.hex(memoryview(a)))
for bad in [
    lambda: bytes.hex(5),
    lambda: bytes.decode(None),
    lambda: bytes.upper(1),
    lambda: bytearray.append(b"x", 1),
    lambda: bytearray.pop([1]),
    lambda: bytearray.append(),
    lambda: memoryview.tobytes(b"x"),
    lambda: memoryview.tolist(None),
    lambda: bytes.fromhex(),
    lambda: int.to_bytes("x", 1, "big"),
]:
    try:
        bad()
    except TypeError:
        print("TypeError")
