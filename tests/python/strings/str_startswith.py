# str.startswith and str.endswith: str or tuple prefixes, start and end positions.
s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith(""), s.endswith("world"), s.endswith(""))
print(s.startswith(("x", "he")), s.startswith(("x", "y")), s.startswith(()), s.endswith(("ld", "x")))
print(s.startswith("world", 6), s.startswith("wor", 6, 8), s.startswith("wor", 6, 9), s.startswith("o", -1))
print(s.endswith("hello", 0, 5), s.endswith("hell", 0, -7), s.endswith("o", None, 5), s.endswith("d", -1))
print(s.startswith("", 11), s.startswith("", 12), s.endswith("", 11), s.endswith("", 12))
print(s.startswith("h", -100), s.endswith("d", 5, 100), s.startswith("hello world!"))
print("".startswith(""), "".endswith(""), "".startswith("a"), "abc".endswith(("", "zz")))
for bad in [1, None, ("a", 1), ["a"]]:
    try:
        print(s.startswith(bad))
    except TypeError:
        print("TypeError")
    try:
        print(s.endswith(bad))
    except TypeError:
        print("TypeError")
