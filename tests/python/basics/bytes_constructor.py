# bytes(): from nothing, a count, an iterable of ints, a str with an encoding,
# and anything bytes-like; the errors for everything else.
print(bytes(), bytes(0), bytes(3))
print(bytes([]), bytes([0, 1, 255]), bytes((65, 66)), bytes(range(97, 100)))
print(bytes(x * 2 for x in range(4)))
print(bytes("abc", "utf-8"), bytes("é€", "utf8"), bytes("abc", encoding="ascii"))
print(bytes("x", "utf-8", "strict"), bytes(source="hi", encoding="utf-8"))
print(bytes(b"copy"), bytes(bytearray(b"from array")), bytes(memoryview(b"view")))
print(bytes([True, False]), bytes(True))
b = b"same"
print(bytes(b) is b, bytes(b) == b)
for bad in [
    lambda: bytes("no encoding"),
    lambda: bytes(5, "utf-8"),
    lambda: bytes(-1),
    lambda: bytes([256]),
    lambda: bytes([-1]),
    lambda: bytes(["a"]),
    lambda: bytes([1.0]),
    lambda: bytes(1.5),
    lambda: bytes(None),
    lambda: bytes([2**70]),
]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
try:
    bytes("abc", "no-such-codec")
except LookupError:
    print("LookupError")
