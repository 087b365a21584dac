# Checks len() of every sized built-in and the TypeError for values without a length.
print(len(""), len("héllo"), len(b"\x00\x01"), len(bytearray(3)), len([1, 2]), len((1,)), len({1: 2}))
print(len({1, 2, 2}), len(frozenset()), len(range(0, 10, 3)), len(range(5, 0)), len({}.keys()), len({1: 2}.items()))
print(len(memoryview(b"abc")), len([[]]), len(" " * 100), len(range(-10, 10, 7)), len(dict.fromkeys("aab")))
for bad in (5, 1.5, None, len, iter([1]), (x for x in []), object()):
    try:
        len(bad)
    except TypeError:
        print("TypeError")
