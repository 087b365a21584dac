# Classes derived from bytes and bytearray: the built-in object inside does
# the work; fromhex and int.from_bytes make instances of the subclass.
class B(bytes):
    def first(self):
        return self[0]


class BA(bytearray):
    pass


b = B(b"xyz")
print(b, len(b), b.first(), b.upper(), b[1:], b + b"!", b == b"xyz", isinstance(b, bytes))
print(B(3), B([65, 66]), B("s", "utf-8"), bytes(b), b.decode(), b.hex(), list(b), b"y" in b)
h = B.fromhex("4142")
print(h, type(h).__name__, type(b.fromhex("43")).__name__, hash(b) == hash(b"xyz"))
print(bytes.upper(b), bytes.find(b, b"z"), bytes.hex(b), memoryview(b).tobytes(), str(b, "ascii"))
a = BA(b"abc")
a.append(100)
a[0] = 65
a += b"e"
# (A bytearray subclass's repr names the class in CPython; it is not printed.)
print(bytes(a), len(a), isinstance(a, bytearray), a.pop(), bytearray.pop(a), a.upper(), bytes(BA(2)), bytes(BA.fromhex("30")))
print(type(BA.fromhex("30")).__name__, bytes(a), memoryview(a)[0], a == b"Ab")


class I(int):
    pass


print(type(I.from_bytes(b"\x01", "big")).__name__, I.from_bytes(b"\x01\x00", "little"), bool.from_bytes(b"\x01", "big"))
print(int.from_bytes(b"\x02", "big"), (5).from_bytes(b"\x03", "big"), I(7).to_bytes(1, "big"))
