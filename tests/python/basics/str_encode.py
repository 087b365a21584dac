# str.encode: UTF-8 (the default) and ASCII, with the errors handlers.
print("abc".encode(), "".encode(), "é€😀".encode(), "abc".encode("utf-8"), "x".encode("UTF8"), "y".encode(encoding="ascii"))
print("aéb".encode("ascii", "replace"), "aéb€".encode("ascii", errors="ignore"), "abc".encode("ascii", "strict"))
print(len("日本".encode()), "日本".encode().decode() == "日本", bytes("é", "utf-8") == "é".encode())
print(str.encode("s"), type("x".encode()).__name__)
s = "round trip: \u00e9 \u4e2d \U0001f600"
print(s.encode().decode() == s, s.encode("utf-8", "strict").decode("utf-8") == s)
try:
    "é".encode("ascii")
except UnicodeError:
    print("UnicodeError")
for bad in [lambda: "a".encode("no-such-codec"), lambda: "é".encode("ascii", "no-such-handler")]:
    try:
        bad()
    except LookupError:
        print("LookupError")
for bad in [lambda: "a".encode(1), lambda: str.encode(b"a"), lambda: "a".encode("utf-8", "strict", 1)]:
    try:
        bad()
    except TypeError:
        print("TypeError")
