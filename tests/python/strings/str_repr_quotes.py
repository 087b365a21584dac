# Checks repr() of strings: quote selection, escaping of backslashes and control characters.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "", "'", '"', "'\"'", "back\\slash",
          "tab\t", "nl\n", "cr\r", "\x00", "\x01\x1f", "\x7f", "é", "\u00ff\u0100",
          "中", " ", "  spaces  ", "\\n", "a'b'c", 'a"b"c']:
    print(repr(s))
print(repr(repr("x")), repr(repr("it's")))
print(str("x"), str('it\'s'))
print(["a", "b'c", 'd"e'])
print(("x", "'"))
print(repr(["nested", ("t", "'")]))
print(len(repr("abc")), len(repr("a'b")), len(repr("\n")))
