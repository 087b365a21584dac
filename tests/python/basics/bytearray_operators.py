# Operators on bytearray: + and * make new bytearrays, += and *= change it in
# place; comparisons against bytes and bytearray; no hash.
a = bytearray(b"ab")
print(a + b"cd", b"cd" + a, a + bytearray(b"x"), a + memoryview(b"m"), a * 2, 3 * a, a * 0, type(a + b"").__name__, type(b"" + a).__name__)
alias = a
a += b"c"
a += bytearray(b"d")
a += memoryview(b"e")
print(a, alias is a)
a *= 2
print(a, alias is a)
a *= 0
print(a, len(alias))
b = bytearray(b"xy")
b += b[:]
print(b)
print(bytearray(b"a") == b"a", bytearray(b"a") == bytearray(b"a"), bytearray(b"a") != b"b", bytearray(b"a") == "a", bytearray() == memoryview(b""))
print(bytearray(b"a") < b"b", bytearray(b"b") <= bytearray(b"a"), b"a" > bytearray(b""), bytearray(b"abc") >= b"abc")
print(97 in bytearray(b"abc"), b"bc" in bytearray(b"abc"), bytearray(b"x") in b"xyz", bool(bytearray()), bool(bytearray(1)))
for bad in [
    lambda: bytearray() + "a",
    lambda: bytearray() + [1],
    lambda: bytearray() < "a",
    lambda: bytearray() * 1.0,
    lambda: hash(bytearray()),
]:
    try:
        bad()
    except TypeError:
        print("TypeError")
c = bytearray(b"x")
try:
    c += [1]
except TypeError:
    print("TypeError")
try:
    c *= "a"
except TypeError:
    print("TypeError")
print(c)
