# str.replace: all occurrences, a count, empty old strings, non-ASCII text.
print("aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "aaaa".replace("aa", "x"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"))
print("abc".replace("x", "y"), "abc".replace("abc", ""), "abcabc".replace("bc", "BCD", 1))
print("hello".replace("l", "L", 0), "hello".replace("l", "L", -1), "hello".replace("l", ""))
print("héllo".replace("é", "e"), "abc".replace("b", "ß"), "日本".replace("", "|"), "aéa".replace("a", "€"))
print("a.b.c".replace(".", "..", 1), "mississippi".replace("ss", "SS"), "xx".replace("x", "xx"))
for bad in [(1, "a"), ("a", 1), ("a", "b", "c")]:
    try:
        print("abc".replace(*bad))
    except TypeError:
        print("TypeError")
