# str.find, rfind, index, rindex and count, with start/end (negative, None, past the end).
s = "abracadabra"
for sub in ["a", "bra", "z", "", "abracadabra", "abracadabrax"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
print(s.find("a", 1), s.find("a", 1, 3), s.find("a", -4), s.find("a", -4, -1))
print(s.rfind("a", 0, 5), s.rfind("bra", -5), s.rfind("a", None, None))
print(s.find("a", None, 4), s.find("a", 100), s.find("", 11), s.find("", 12))
print(s.rfind("", 5), s.rfind("", 12), s.find("", -100), s.count("", 5), s.count("", 20))
print(s.count("a", 3), s.count("a", 3, 8), s.count("abra", -4), s.count("aa"))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), "aaaa".count("a", -2))
print(s.index("c"), s.rindex("a"), s.index("bra", 2), s.rindex("bra", 0, 7))
print("".find(""), "".rfind(""), "".count(""), "".find("a"))
for args in [("z",), ("a", 11), ("bra", 2, 4)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print("ValueError", e)
    try:
        print(s.rindex(*args))
    except ValueError as e:
        print("ValueError", e)
print(s.find("a", True), s.find("a", False, True))
