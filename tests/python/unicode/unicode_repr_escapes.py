# repr of non-ASCII and control characters, and escape sequences in literals.
samples = ["é", "\n", "\t", "\x00", "\x7f", "\x80", "\xa0", "\u200b", "\u2028", "✓", "𝄞", "'", '"', "'\"", "\\"]
for s in samples:
    print(repr(s), len(s))
print("\u03b1", "\U0001F600" == "😀", "\x41\u0042\U00000043")
print(ascii("héllo ✓ 𝄞"), str("é"), repr(["é", "ü"]))
