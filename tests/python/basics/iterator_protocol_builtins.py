# Checks the iterator protocol on built-in iterators: iter(it) is it, exhaustion is final, next() defaults.
for source in ([1, 2], (1, 2), "ab", b"ab", range(2), {1: 0, 2: 0}, {1, 2}, {1: 2}.values(), bytearray(b"ab")):
    it = iter(source)
    first = next(it)
    rest = list(it)
    print(type(source).__name__, iter(it) is it, first, rest, next(it, "done"), list(it))
it = iter([1, 2, 3])
for x in it:
    if x == 1:
        print("inner", next(it))
print(list(it), list(zip(*[iter(range(6))] * 2)))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
try:
    next([1])
except TypeError:
    print("TypeError")
