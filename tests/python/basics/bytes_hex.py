# bytes.hex (with a separator every n bytes, from the right or the left) and
# bytes.fromhex / bytearray.fromhex.
print(b"".hex(), b"\x00\x01\xab\xff".hex(), bytearray(b"\x10\x20").hex(), memoryview(b"\x0f").hex())
data = bytes(range(1, 8))
print(data.hex(":"), data.hex("-", 2), data.hex("-", -2), data.hex(b" ", 3), data.hex(" ", -3), data.hex("_", 7), data.hex("_", 100), data.hex(sep=".", bytes_per_sep=4))
print(data.hex("|", 0), b"\x01".hex(":", 2), b"".hex(":"))
print(bytes.fromhex(""), bytes.fromhex("00ff10"), bytes.fromhex(" 0a  0B\tcc\n"), bytes.fromhex("DEADbeef"))
print(bytearray.fromhex("41 42"), type(bytearray.fromhex("")).__name__, b"xyz".fromhex("31"), bytearray().fromhex("32"))
for bad in ["0", "0g", "g0", "0 0", "000", "0x00", "\u00e9\u00e9"]:
    try:
        bytes.fromhex(bad)
    except ValueError:
        print("ValueError", repr(bad))
for bad in [
    lambda: bytes.fromhex(b"00"),
    lambda: bytes.fromhex(1),
    lambda: bytes.hex("00"),
    lambda: bytes.hex(5),
    lambda: b"".hex(1),
]:
    try:
        bad()
    except TypeError:
        print("TypeError")
for bad in [lambda: b"a".hex("::"), lambda: b"a".hex(""), lambda: b"a".hex("\u00e9")]:
    try:
        bad()
    except ValueError:
        print("ValueError")
f = bytes.fromhex
print(f("7e"))
