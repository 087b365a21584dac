# bytearray has the read methods of bytes, and its results are new
# bytearrays (even where nothing changed).
a = bytearray(b" Hello World ")
print(a.strip(), a.lower(), a.upper(), a.split(), a.split(b"o"), a.replace(b"l", b"L"), a.center(15, b"*"))
print(a.find(b"o"), a.rfind(111), a.count(b"l"), a.index(b"W"), a.startswith(b" H"), a.endswith((b"x", b"d ")))
print(a.partition(b"o"), a.rpartition(b"x"), a.splitlines(), bytearray(b"-").join([b"a", bytearray(b"b")]), a.zfill(3))
print(a.isspace(), a.strip().isalpha(), a.title(), a.swapcase(), a.decode(), a.hex(" ", 4), a.removeprefix(b" Hell"))
same = bytearray(b"same")
for result in [same.strip(), same.replace(b"x", b"y"), same.ljust(2), same.zfill(1), same.lstrip(b"x"), same.removesuffix(b"x"), same[:], same.partition(b"x")[0], bytearray(b"").join([same])]:
    print(result, type(result).__name__, result is same)
result[0] = 83
print(same, result)
print(same.split(b"x")[0] is same, bytearray(b"%s!") % b"hi")
