# Checks int(), float() and complex() on text with decimal digits of other scripts and Unicode
# white space, which CPython reads as ASCII digits and spaces.
print(int("١٢٣"), int("०७"), int("\u3000４２\xa0"), int("-٥"), int("ff", 16), int("١٠", 2), int("๙๙"))
print(float("١٫٥".replace("٫", ".")), float("\u2003２.５e１"), float("-०.५"), float("٣"), complex("١+٢j"))
for bad in ["١x", "1\u200b", "\u0661\u0662a", "١.٢.٣", "٣j٣"]:
    for f in [int, float]:
        try:
            f(bad)
            print("accepted", repr(bad))
        except ValueError:
            print("ValueError")
