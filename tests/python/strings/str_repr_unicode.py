# repr of non-ASCII text: printable characters stay, controls, spaces and format characters are escaped.
for c in ["é", "日", "😀", "\x7f", "\x80", "\x9f", "\xa0", "\xad", "\u2028", "\u200b", "\u200d", "\u3000", "\ufeff", "\ue000", "\U000f0000", "\u0378"]:
    print(repr(c), len(repr(c)))
print(repr("a\xa0b\u2029c"), repr("tab\t\x00\x1b"), repr("'\"\u00e9"), repr("\\é"))
print(str("é\xa0"), len(str("\u200b")), "{!r}".format("\x85"), "%r" % "\u2060")
print("{!a}".format("naïve café"), "%a" % "😀", "{!a}".format(["é", 1]), "{!a}".format("plain"))
print([repr(chr(c)) for c in range(0x2000, 0x2010)])
print([repr(chr(c)) for c in range(0x370, 0x380)])
