# Checks int() from strings whose values are beyond the machine word, in several bases.
print(int("123456789012345678901234567890"))
print(int("-123456789012345678901234567890"), int("  +99999999999999999999  "))
print(int("1_000_000_000_000_000_000_000"), int("ffffffffffffffffffffffff", 16))
print(int("-0x_ffff_ffff_ffff_ffff_ffff", 16), int("0b" + "1" * 100, 0), int("0o7777777777777777777777", 0))
print(int("z" * 20, 36), int("Z" * 20, 36), int("1" * 70, 2))
print(int("9223372036854775807"), int("9223372036854775808"), int("-9223372036854775808"), int("-9223372036854775809"))
print(int("18446744073709551615"), int("18446744073709551616"))
print(int("4611686018427387903"), int("4611686018427387904"), int("-4611686018427387904"), int("-4611686018427387905"))
print(int("0" * 40 + "1"), int("00000000000000000000000000000"))
for text in ("1" * 25 + "x", "1" * 25 + "__1", "_" + "1" * 25, "1" * 25 + "_", "0x" + "g" * 20):
    try:
        print(int(text))
    except ValueError:
        print("ValueError")
try:
    int("1" * 30, 2)
except ValueError:
    print("ValueError base 2")
print(int(str(2 ** 200)) == 2 ** 200, int(hex(2 ** 200), 16) == 2 ** 200, int(bin(-(3 ** 50)), 0) == -(3 ** 50))
