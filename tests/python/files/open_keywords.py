# Checks open's keyword arguments: file, mode, buffering and encoding.
f = open(file="kw.txt", mode="w", buffering=-1, encoding="utf-8")
f.write("by keyword")
f.close()
f = open("kw.txt", "r", -1, "utf-8")
print(repr(f.read()))
f.close()
f = open("kw.txt", encoding="utf-8")
print(repr(f.read()))
f.close()
try:
    open("kw.txt", nonsense=1)
except TypeError:
    print("TypeError")
try:
    open()
except TypeError:
    print("TypeError")
