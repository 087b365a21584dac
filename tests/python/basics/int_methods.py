# Checks int methods and constructors: bit_length, to/from_bytes, int() with bases and underscores.
for n in [0, 1, -1, 255, 256, -256, 2 ** 64, -(2 ** 64) + 1]:
    print(n, n.bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (0).to_bytes(1, "big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"", "big"))
print(int.from_bytes(b"\xff\xff\xff\xff\xff\xff\xff\xff\xff", "big"))
print(int("42"), int(" -7 "), int("1_000_000"), int("0x1f", 16), int("1f", 16), int("z", 36), int("0b101", 0))
print(int("0o17", 0), int("0x_ff", 0), int("12", 3), int("+5"), int("-0"), int("007"))
for bad in ["", "1__0", "_1", "1_", "0x", "12a", "1 2", "٣x"]:
    try:
        int(bad)
        print("ok", bad)
    except ValueError:
        print("ValueError", repr(bad))
try:
    int("08", 0)
except ValueError:
    print("ValueError 08")
print(int(3.99), int(-3.99), int(True), int("10", 2), int(-2 ** 80 + 0.0) == -2 ** 80)
print(int(), int(0), int("  12\n"), type(int("3")).__name__)
