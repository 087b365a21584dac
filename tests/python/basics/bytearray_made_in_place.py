# bytearray() and bytes() from counts, buffers and iterables, made at their size:
# the results grow and shrink as any other; __init__ drops the old contents
# first, then makes the new ones.
a = bytearray(x * 3 % 256 for x in range(1000))
print(len(a), a[:5], a[-3:])
a.append(7)
a.extend(b"xyz")
a += bytearray(2)
print(len(a), a[-6:])
del a[:990]
print(a)
print(bytearray(range(0)), bytes(range(0)), bytes(x for x in b"ok"), bytes(3))
b = bytearray(300)
print(len(b), b.count(0), bytes(300) == b)
b[299] = 1
b.append(2)
print(len(b), b[-3:])
c = bytearray(b"xyz")
c.__init__(c)
print(c)
c.__init__(b"abc")
c.__init__(iter(c))
print(c)
c.__init__(4)
print(c)
c.__init__("hé", "utf-8")
print(c)
c.__init__(iter(b"it"))
print(c)
c.__init__()
print(c, len(c))


class Buffer(bytearray):
    def __init__(self, n):
        super().__init__(n)
        self.extra = n


d = Buffer(5)
print(bytes(d), d.extra, len(d))
