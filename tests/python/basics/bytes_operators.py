# +, * and comparisons of bytes, with bytes, bytearray and memoryview.
print(b"ab" + b"cd", b"" + b"", b"x" + bytearray(b"y"), b"x" + memoryview(b"z"))
print(b"ab" * 3, 2 * b"ab", b"ab" * 0, b"ab" * -1, b"" * 5, b"a" * True)
x = b"a"
x += b"b"
x *= 2
print(x)
print(b"abc" == b"abc", b"abc" == b"abd", b"abc" != b"ab", b"a" == "a", b"a" != "a")
print(b"a" == 97, b"" == bytearray(), b"ab" == memoryview(b"ab"))
print(b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"abc" <= b"abc", b"abc" >= b"abd")
print(b"\xff" > b"\x7f", b"" < b"\x00", b"a" < bytearray(b"b"))
print(sorted([b"b", b"", b"ab", b"a", b"\xff"]))
for bad in [
    lambda: b"a" + "a",
    lambda: b"a" + 1,
    lambda: "a" + b"a",
    lambda: b"a" * "a",
    lambda: b"a" * 1.5,
    lambda: b"a" < "b",
    lambda: b"a" < 1,
    lambda: b"a" < memoryview(b"b"),
    lambda: b"a" - b"a",
    lambda: -b"a",
]:
    try:
        bad()
    except TypeError:
        print("TypeError")
print(bool(b""), bool(b"\x00"), not b"", len(b""), len(b"\x00" * 10))
