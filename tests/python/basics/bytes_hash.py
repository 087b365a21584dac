# bytes are hashable: equal bytes hash alike and work as dict keys and set
# members. bytearray is not hashable.
print(hash(b"abc") == hash(b"abc"), hash(b"") == hash(bytes()))
print(hash(b"abc") == hash(b"ab" + b"c"), hash(bytes([1, 2])) == hash(b"\x01\x02"))
d = {b"key": 1, b"": 2}
d[b"k" + b"ey"] = 3
print(d[b"key"], d[b""], len(d), b"key" in d, "key" in d)
s = {b"a", b"a", bytes([97]), b"b"}
print(len(s), b"a" in s)
try:
    hash(bytearray(b"abc"))
except TypeError:
    print("TypeError")
try:
    {bytearray(): 1}
except TypeError:
    print("TypeError")
print(hash(memoryview(b"ro")) == hash(b"ro"))
try:
    hash(memoryview(bytearray(b"rw")))
except ValueError:
    print("ValueError")
