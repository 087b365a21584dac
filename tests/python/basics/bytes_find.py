# find, rfind, index, rindex and count on bytes: needles are bytes-like or an
# int, with optional start and end.
b = b"abcabcab"
print(b.find(b"c"), b.find(b"ca"), b.find(b"x"), b.find(b""), b.find(99), b.find(b"c", 3), b.find(b"c", 3, 5))
print(b.rfind(b"c"), b.rfind(b"ab"), b.rfind(b"x"), b.rfind(b""), b.rfind(97), b.rfind(b"a", 0, 3))
print(b.index(b"b"), b.rindex(b"b"), b.index(98, 2), b.rindex(98, 0, 4))
print(b.count(b"ab"), b.count(b"a", 1), b.count(b""), b.count(97), b.count(b"x"), b"aaaa".count(b"aa"))
print(b.find(b"a", -3), b.find(b"a", -100, -2), b.find(b"", 8), b.find(b"", 9), b.count(b"", 2, 4))
print(b.find(bytearray(b"bc")), b.find(memoryview(b"ca")), b.find(b"b", None, None))
print(b"\xff\x00".find(0), b"\xff\x00".find(255))
for bad in [
    lambda: b.index(b"x"),
    lambda: b.rindex(120),
    lambda: b.find("a"),
    lambda: b.find(256),
    lambda: b.count(-1),
    lambda: b.find([97]),
]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
