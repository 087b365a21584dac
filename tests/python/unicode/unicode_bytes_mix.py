# Checks str/bytes boundaries with non-ASCII: concatenation errors, comparisons, and bytes methods on UTF-8.
s = "naïve café"
b = s.encode()
print(len(s), len(b), b.count(b"\xc3"), b.find("é".encode()), b.split(b" "), b.upper(), b.decode().upper())
print(b[2:4], b[2:4].decode(), b[::-1][:3], s == b, s.encode() == b, b"caf" in b)
try:
    s + b
except TypeError:
    print("TypeError")
print(bytearray(s, "utf-8").decode() == s, bytes(memoryview(b)[:3]), str(b[:5], "utf-8"))
print([c for c in "é€".encode()], bytes([0xe2, 0x82, 0xac]).decode(), "%s|%r" % ("é", "é"))
