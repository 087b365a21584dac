# Checks divmod, abs, round, chr/ord, bin/oct/hex and pow for ints, bools and big values.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(True, 2))
print(abs(-5), abs(5), abs(0), abs(-2 ** 80), abs(True), abs(-0.5))
print(round(5), round(15, -1), round(25, -1), round(-15, -1), round(1234, -2), round(7, 2), round(2 ** 70 + 5, -1))
print(type(round(5)).__name__, type(round(2.5)).__name__, round(2.5), round(3.5), round(-2.5), round(0.5))
print(chr(65), chr(0x263A), ord("A"), ord("\u263a"), chr(0), ord(chr(0x10FFFF)))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord(""), lambda: ord("ab")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
print(bin(10), bin(-10), bin(0), oct(8), oct(-8), hex(255), hex(-255), hex(0), hex(2 ** 64))
print(bin(True), hex(2 ** 100 - 1), oct(2 ** 40), int(bin(12345), 2), int(hex(-999), 16))
