# bytes.decode and str(bytes, encoding): UTF-8 (strictly checked) and ASCII,
# with the errors handlers strict, ignore and replace.
print(b"abc".decode(), b"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80".decode("utf-8"), b"".decode())
print(b"abc".decode("ascii"), b"abc".decode("UTF-8"), b"abc".decode("utf_8"), b"abc".decode(encoding="utf8"))
print(bytearray(b"\xc3\xa9").decode(), str(b"abc", "utf-8"), str(b"x\xc3\xa9", encoding="utf-8"), str(bytearray(b"y"), "ascii"))
print(str(b"abc"), str(encoding="utf-8"), str(memoryview(b"mv"), "utf-8"))
invalid = [
    b"\xff",
    b"\x80abc",
    b"a\xc3",
    b"\xc3\x28",
    b"\xe2\x82",
    b"\xe2\x28\xa1",
    b"\xf0\x9f\x98",
    b"\xc0\x80",
    b"\xed\xa0\x80",
    b"\xf4\x90\x80\x80",
    b"\xf5\x80",
    b"\xe0\x80\x80",
    b"\xf0\x80\x80\x80",
]
for data in invalid:
    try:
        data.decode()
        print("decoded", data)
    except UnicodeError:
        print("UnicodeError")
    print(repr(data.decode("utf-8", "replace")), repr(data.decode("utf-8", "ignore")))
try:
    b"\x80".decode("ascii")
except UnicodeError:
    print("UnicodeError ascii")
print(repr(b"a\x80b\xffc".decode("ascii", "replace")), b"a\x80b".decode("ascii", errors="ignore"))
print(b"ok".decode("utf-8", "no-such-handler"))
for bad in [
    lambda: b"\xff".decode("utf-8", "no-such-handler"),
    lambda: b"x".decode("no-such-codec"),
]:
    try:
        bad()
    except LookupError:
        print("LookupError")
for bad in [
    lambda: b"".decode(1),
    lambda: str(1, "utf-8"),
    lambda: str("a", "utf-8"),
    lambda: bytes.decode("abc"),
]:
    try:
        bad()
    except TypeError:
        print("TypeError")
