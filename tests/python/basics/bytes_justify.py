# center, ljust, rjust (a fill byte), zfill and expandtabs on bytes.
print(b"abc".center(9), b"abc".center(8, b"*"), b"abc".center(2), b"ab".center(5, b"\xff"))
print(b"abc".ljust(6, b"-"), b"abc".rjust(6), b"abc".ljust(-1), b"".rjust(3, b"0"))
print(b"42".zfill(5), b"-42".zfill(5), b"+x".zfill(4), b"abc".zfill(2), b"".zfill(3))
print(b"a\tb\tc".expandtabs(), b"ab\tc\nd\te".expandtabs(4), b"\t".expandtabs(0), b"x\ty".expandtabs(tabsize=3))
for bad in [
    lambda: b"a".center(5, "*"),
    lambda: b"a".center(5, b"**"),
    lambda: b"a".ljust("5"),
]:
    try:
        bad()
    except TypeError:
        print("TypeError")
