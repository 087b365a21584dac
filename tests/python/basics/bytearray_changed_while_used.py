# A bytearray that a generator changes while it feeds a slice assignment to
# it: the slice is taken of the array as the generator left it (as CPython
# does), never reading or writing outside the array.
a = bytearray(b"0123456789")


def shrink_then_give():
    a.clear()
    yield 65


a[2:8] = shrink_then_give()
print(a)
b = bytearray(b"abc")


def grow_then_give():
    b.extend(b"x" * 1000)
    yield 66


b[1:2] = grow_then_give()
print(len(b), b[:4])

