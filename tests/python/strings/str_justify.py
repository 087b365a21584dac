# center, ljust, rjust and zfill: widths, fill characters, odd padding, signs, non-ASCII text.
for w in range(0, 8):
    print(repr("ab".center(w)), repr("abc".center(w, "*")), repr("ab".ljust(w, "-")), repr("ab".rjust(w, "0")))
print(repr("a".center(4)), repr("a".center(5)), repr("ab".center(5)), repr("ab".center(6)), repr("abc".center(6)))
print("é".center(5, "·"), "日本".ljust(5, "。"), "x".rjust(3, "€"), "ab".center(-3))
for s in ["42", "-42", "+42", "", "-", "abc", "1e5", "é"]:
    print(repr(s.zfill(5)), repr(s.zfill(1)), repr(s.zfill(-1)))
for bad in [("5",), (5, "ab"), (5, ""), (5, 1)]:
    try:
        print("x".center(*bad))
    except TypeError:
        print("TypeError")
