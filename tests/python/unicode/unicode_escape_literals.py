# Checks escapes in str and bytes literals: \x, \u, \U, octal, and raw literals that keep them.
print("\x41\u00e9\u20ac\U0001F600" == "Aé€😀", "\101\351" == "Aé", "\u0041" == "A", len("\U00010000"))
print(repr("\x00\x7f\xff\u0100\uffff\U00010000\U0010ffff"), len("\xe9"), "\xe9".encode())
print(r"\u00e9", len(r"\u00e9"), rb"\xff", rb"\u00e9", len(rb"\u00e9"), b"\xff\x41")
print(f"\u00e9{'é'}\x41", "\u00E9" == "\u00e9", "\U0001f600".encode(), "\u00e9\
x")
