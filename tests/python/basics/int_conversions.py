# Checks int() from strings and bools, bases, str() and repr() of ints, and invalid conversions.
print(int("0"), int("123"), int("-45"), int("+6"), int("  78  "), int("007"))
print(int("ff", 16), int("FF", 16), int("777", 8), int("1011", 2), int("z", 36), int("-10", 16))
print(int("0x1f", 16), int("0b101", 2), int("0o17", 8), int("1_000"))
print(int("12", 10), int("12", 3), int("10", 36))
print(int(True), int(False), int(42), int(-42), int())
print(str(0), str(-1), str(1234567890123), repr(99), repr(-99))
print(str(0xff), str(0b11), str(0o10))
print(int(str(12345)) + 1)
print(len(str(2 ** 60)), str(2 ** 60))
for bad in ("", "abc", "1.5", "12a", "--1", "0x10", " "):
    try:
        print(int(bad))
    except ValueError:
        print("ValueError for", repr(bad))
try:
    int("9", 8)
except ValueError:
    print("ValueError base 8")
try:
    int(None)
except TypeError:
    print("TypeError for None")
try:
    int([1])
except TypeError:
    print("TypeError for list")
print(type(int("5")), type(str(5)))
