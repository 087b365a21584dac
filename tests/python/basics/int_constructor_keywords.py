# Checks int() with base given by keyword, base 0 prefixes, and the errors for bad bases and non-strings.
print(int("10", base=2), int("ff", base=16), int("0x1f", base=0), int("z", base=36), int(b"12"), int(bytearray(b"7")))
print(int("0b101", 0), int("0o17", 0), int(" 42 ", 10), int("-0", 10), int("١٢") if False else int("12"))
for bad in (lambda: int("10", base=1), lambda: int("10", base=37), lambda: int(10, base=2),
            lambda: int("12", 2), lambda: int(base=2), lambda: int("1", bad=2), lambda: int("08", 0)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
