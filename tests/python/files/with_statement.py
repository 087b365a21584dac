# Checks files as context managers: __enter__ gives the file, leaving the block closes it.
with open("with.txt", "w") as f:
    print(f.write("inside"))
try:
    f.write("after")
except ValueError:
    print("closed after with")
with open("with.txt") as f:
    print(repr(f.read()))
try:
    with open("with.txt") as f:
        raise KeyError("k")
except KeyError:
    print("KeyError passed through")
try:
    f.read()
except ValueError:
    print("closed after an exception")
g = open("with.txt")
print(g.__enter__() is g)
g.close()
g.close()
print("closing twice is fine")
