# Checks isspace and isprintable on Unicode separators, controls, format characters and
# marks, and split()/strip() with Unicode white space.
chars = ["\t", "\x1c", "\x1f", "\x85", "\xa0", "\u1680", "\u2000", "\u200a", "\u200b", "\u2028", "\u2029", "\u202f",
         "\u205f", "\u3000", "\ufeff", "\x7f", "\x9f", "\xad", "\u0301", "\u200d", "\u2060", "\ue000", "é", "€", "\u0378"]
for c in chars:
    print(repr(c), c.isspace(), c.isprintable(), (c + "x").isprintable(), ("a" + c + "b").split())
s = "\u3000\xa0 mot\u2003clé \u2029fin\u205f"
print(s.split(), s.strip(), repr(s.lstrip()), repr(s.rstrip()), s.split(None, 1), s.rsplit(None, 1))
print("a\u2028b\u2029c\x85d\x1ce".splitlines(), "x\u00a0y".isspace(), "".isprintable(), "\u3000".isspace())
