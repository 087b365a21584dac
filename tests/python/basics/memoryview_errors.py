# What memoryview refuses: objects that are not bytes-like, and operators
# other than ==.
for bad in [
    lambda: memoryview("str"),
    lambda: memoryview(1),
    lambda: memoryview([1, 2]),
    lambda: memoryview(None),
    lambda: memoryview(),
    lambda: memoryview(b"a") + b"b",
    lambda: memoryview(b"a") * 2,
    lambda: memoryview(b"a") < memoryview(b"b"),
    lambda: memoryview(b"a")["x"],
    lambda: memoryview(b"a").append(1),
]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)
m = memoryview(b"abc")
for index in [3, -4]:
    try:
        m[index]
    except IndexError:
        print("IndexError")
print(m == "abc", m == 1, m != [97, 98, 99], m == memoryview(b"abc"), m == memoryview(bytearray(b"abc")))
