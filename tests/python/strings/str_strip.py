# str.strip, lstrip and rstrip: whitespace by default, a set of characters, None.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(None)))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print(repr("aaaa".strip("a")), repr("".strip()), repr("   ".strip()), "abc".strip(""), "abc".strip("cba"))
print("www.example.com".strip("cmowz."), "<<a>>".strip("<>"), "--a-b--".rstrip("-"))
print("¡¡hola!!".strip("¡!"), "éaé".strip("é"), "日本語日".strip("日"), "€x€".lstrip("€"))
print("aéb".strip("é"), "éé".strip("e"), "😀hi😀".strip("😀"))
for bad in [1, ["a"]]:
    try:
        print("abc".strip(bad))
    except TypeError:
        print("TypeError")
