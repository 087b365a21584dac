# The list-like methods of bytearray.
a = bytearray()
a.append(65)
a.append(True)
a.extend(b"bc")
a.extend([100, 101])
a.extend(bytearray(b"f"))
a.extend(memoryview(b"g"))
a.extend(x for x in range(104, 106))
a.extend(a)
print(a, len(a))
a.insert(0, 48)
a.insert(-1, 49)
a.insert(100, 50)
a.insert(-100, 51)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3), a)
a.remove(65)
a.remove(104)
print(a)
b = a.copy()
b.reverse()
print(a, b, a == b[::-1], b is a)
b.clear()
print(b, len(b), b == b"")
print(bytearray(b"x").append(1), bytearray().extend(b""), bytearray(b"x").reverse(), bytearray().clear())
e = bytearray(b"ab")
e.reverse()
print(e)
for bad in [
    lambda: bytearray().pop(),
    lambda: bytearray(b"a").pop(1),
]:
    try:
        bad()
    except IndexError:
        print("IndexError")
for bad in [
    lambda: bytearray(b"a").remove(98),
    lambda: bytearray().append(256),
    lambda: bytearray().insert(0, -1),
    lambda: bytearray().extend([1000]),
]:
    try:
        bad()
    except ValueError:
        print("ValueError")
for bad in [
    lambda: bytearray().append("a"),
    lambda: bytearray().append(b"a"),
    lambda: bytearray().extend(5),
    lambda: bytearray().extend("abc"),
    lambda: bytearray().insert("0", 1),
    lambda: bytearray().remove("a"),
]:
    try:
        bad()
    except TypeError:
        print("TypeError")
