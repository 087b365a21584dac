# bytearray(): the same sources as bytes(), each call a new mutable object.
print(bytearray(), bytearray(0), bytearray(4), bytearray([1, 2, 255]), bytearray(range(65, 70)))
print(bytearray(b"abc"), bytearray(bytearray(b"x")), bytearray(memoryview(b"mv")), bytearray("é", "utf-8"), bytearray("a", encoding="ascii"))
print(bytearray(x for x in b"gen"), repr(bytearray(b'"')), str(bytearray(b"\x00")), type(bytearray()).__name__)
a = bytearray(b"same")
b = bytearray(a)
b[0] = 83
print(a, b, a is b, bytearray(a) == a)
for bad in [
    lambda: bytearray("text"),
    lambda: bytearray(-1),
    lambda: bytearray([300]),
    lambda: bytearray(["x"]),
    lambda: bytearray(2.0),
    lambda: bytearray(None),
    lambda: bytearray(1, "utf-8"),
    lambda: bytearray(b"x", "utf-8"),
]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
