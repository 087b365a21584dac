# Whitespace as str.split(), strip() and isspace() see it: ASCII controls and Unicode spaces.
spaces = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000"
for c in spaces:
    print(hex(ord(c)), c.isspace(), ("a" + c + "b").split(), repr((c + "x" + c).strip()))
for c in "\x00\x08\x0e\x1b\x7f\u200b\ufeff_":
    print(hex(ord(c)), c.isspace(), len(("a" + c + "b").split()))
text = "one\u3000two\xa0three\u2003four"
print(text.split(), text.rsplit(None, 1), text.split(None, 2))
print("\u2000x\u2000".strip(), len("\u2000x\u2000".lstrip()), len("\u2000x\u2000".rstrip()))
