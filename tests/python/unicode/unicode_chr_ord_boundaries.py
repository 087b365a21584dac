# Checks chr and ord at the boundaries between UTF-8 lengths and at the ends of the range.
for n in [0, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF]:
    c = chr(n)
    print(hex(n), ord(c) == n, len(c), len(c.encode()), c.encode()[:1])
for bad in [0x110000, -1, -(2 ** 20)]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__)
for bad in ["", "ab", "é€", 65, None]:
    try:
        ord(bad)
    except TypeError:
        print("TypeError")
print(ord(b"A"), ord(bytearray(b"\xff")), ord("\U0010ffff"), [ord(c) for c in "aé€😀"], chr(65) + chr(0xE9))
