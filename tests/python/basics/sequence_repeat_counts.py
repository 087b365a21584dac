# Checks sequence repetition counts: zero, negative, bool and big counts, on either side of *, and too-big counts.
for seq in ([1, 2], (1, 2), "ab", b"ab", bytearray(b"ab")):
    print(seq * 0, seq * -5, seq * True, False * seq, 2 * seq, seq * -(10 ** 30))
for f in (lambda: [1] * 10 ** 30, lambda: "a" * 10 ** 30, lambda: (1,) * 2 ** 64, lambda: 10 ** 20 * b"z"):
    try:
        f()
    except (OverflowError, MemoryError):
        print("too big")
b = bytearray(b"x")
b *= 3
print(b)
for f in (lambda: [1] * 1.0, lambda: "a" * "b", lambda: (1,) * None):
    try:
        f()
    except TypeError:
        print("TypeError")
