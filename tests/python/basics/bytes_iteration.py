# Iterating bytes gives ints; `in` takes an int or a bytes-like subsequence.
for byte in b"AZ\x00\xff":
    print(byte)
print(list(b"hello"), tuple(b""), sorted(b"cab"), sum(b"\x01\x02\x03"))
print(max(b"abc"), min(b"abc"), list(reversed(b"abc")), list(enumerate(b"ab")))
it = iter(b"xy")
print(next(it), next(it), next(it, "done"))
print(97 in b"abc", 100 in b"abc", b"bc" in b"abc", b"" in b"abc", b"ac" in b"abc")
print(bytearray(b"b") in b"abc", memoryview(b"c") in b"abc", True in b"\x01")
for bad in ["a", 256, -1, 1.0, [97]]:
    try:
        bad in b"abc"
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
a, b, c = b"xyz"
print(a, b, c)
print([x for x in b"\x05\x06" if x > 5])
