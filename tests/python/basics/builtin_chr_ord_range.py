# Checks chr/ord round trips across the Unicode range, their limits, and the errors for bad arguments.
for code in (0, 9, 65, 127, 128, 255, 256, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF):
    c = chr(code)
    print(code, ord(c) == code, len(c), len(c.encode("utf-8")), ascii(c))
print(ord("a"), ord(b"a"), ord(bytearray(b"z")), chr(True), "".join(chr(ord(ch) + 1) for ch in "HAL"))
for bad in (lambda: chr(-1), lambda: chr(0x110000), lambda: chr(1.5), lambda: ord(""), lambda: ord("ab"),
            lambda: ord(5), lambda: ord(b"ab")):
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__)
