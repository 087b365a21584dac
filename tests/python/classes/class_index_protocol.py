# Checks __index__: indexing and slicing of sequences, bin/hex/oct, repetition, range() and bytes().
class Two:
    def __index__(self):
        return 2
x = Two()
print([1, 2, 3, 4][x], (1, 2, 3)[x], "abcd"[x], b"abcd"[x], range(10)[x], bytearray(b"abcd")[x])
print([1, 2, 3, 4][x:], (1, 2, 3)[:x], "abcdef"[::x], b"abcd"[x:], range(10)[x:], [5, 6, 7][-x])
print(bin(x), hex(x), oct(x), [0] * x, "ab" * x, x * [1], b"z" * x, (1,) * x)
print(range(x), list(range(x, 6, x)), bytes(x), bytearray(x), [9, 8, 7].pop(x), chr(65 + Two().__index__()))
items = [1, 2, 3, 4]
items[x] = 9
print(items)
del items[x]
print(items)
items[x:] = ["a"]
print(items)
class Count(int):
    pass
print([10, 20, 30][Count(1)], "xyz"[Count(-1)], hex(Count(255)), [0] * Count(2))
class Bad:
    def __index__(self):
        return "1"
for bad in (lambda: [1][Bad()], lambda: [1, 2][1.0], lambda: bin(1.5), lambda: "a" * 2.0):
    try:
        bad()
    except TypeError:
        print("TypeError")
