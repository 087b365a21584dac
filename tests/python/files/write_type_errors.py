# Checks that a text file takes only str and a binary file only bytes-like objects.
def try_writes(f, values):
    for value in values:
        try:
            f.write(value)
            print(repr(value), "written")
        except TypeError:
            print(repr(value), "TypeError")
    f.close()

try_writes(open("types.bin", "wb"), ["text", 5, None, [1, 2]])
try_writes(open("types.txt", "w"), [b"bytes", bytearray(b"x"), 5, None])
f = open("types.bin", "rb")
try:
    f.readinto(b"read-only")
except TypeError:
    print("readinto bytes: TypeError")
f.close()
f = open("types.txt")
print(repr(f.read()))
f.close()
