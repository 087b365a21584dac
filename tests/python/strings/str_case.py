# upper, lower, swapcase, capitalize and title on ASCII text.
for s in ["hello World", "", "123 abc!", "ALL CAPS", "mIxEd CaSe", "they're bill's friends", "a1b2 c3d4", "_x_y"]:
    print(repr(s), s.upper(), s.lower(), s.swapcase(), s.capitalize(), s.title())
print("hello"[0].upper() + "hello"[1:], "ABC".lower().upper(), "x".upper() * 3)
print("o'neil mc-donald 3rd".title(), "  spaced  out ".capitalize(), "ÉCOLE".lower())
words = "the quick brown fox".split()
print([w.capitalize() for w in words], " ".join(w.upper() for w in words))
