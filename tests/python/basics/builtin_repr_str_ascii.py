# Checks repr/str/ascii of builtin values, nested containers, and id/hash consistency.
values = [None, True, 0, -12, 2 ** 70, "a'b", 'a"b', "a'\"b", "\n\t\\", b"\x00a'", [1, "x"], (1,), {"k": [()]}, "é€😀"]
for v in values:
    print(repr(v), str(v), ascii(v))
x = [1, 2]
print(id(x) == id(x), id(x) != id([1, 2]), hash("abc") == hash("ab" + "c"), hash(5) == 5, hash(-1) == hash(-1))
y = x
print(y is x, id(y) == id(x))
try:
    hash([])
except TypeError:
    print("TypeError")
print(str(), repr(""), str(b"ab"), str(3.0), repr(-0.0), str([None]), str(()), str((None, "s")))
