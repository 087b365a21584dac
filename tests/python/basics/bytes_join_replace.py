# join (of bytes-like items) and replace.
print(b"".join([]), b",".join([b"a"]), b", ".join([b"a", b"b", b"c"]), b"-".join((b"x", bytearray(b"y"), memoryview(b"z"))))
print(b"".join(b"%d" % i for i in range(5)), b"\x00".join([b"\xff", b"\xfe"]))
print(b"aaa".replace(b"a", b"b"), b"aaa".replace(b"a", b"bb", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"x", b"y"))
print(b"a.b.c".replace(b".", b""), b"aaaa".replace(b"aa", b"a"), b"abc".replace(b"b", bytearray(b"B")), b"abc".replace(b"c", b"C", 0))
for bad in [
    lambda: b"".join(["a"]),
    lambda: b"".join([1]),
    lambda: b"".join(b"ab"),
    lambda: b"a".replace("a", b"b"),
    lambda: b"a".replace(b"a", 1),
]:
    try:
        bad()
    except TypeError:
        print("TypeError")
