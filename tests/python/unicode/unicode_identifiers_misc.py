# Checks non-ASCII text in dict keys, sets, sorting by code point, comparisons and hashing.
d = {"é": 1, "e": 2, "€": 3, "😀": 4}
print(d["é"], d["😀"], sorted(d), sorted(d, key=ord, reverse=True))
print("é" < "ê", "z" < "é", "€" < "😀", "aé" < "b", max("aé€"), min("€é"))
print(hash("é€") == hash("é" + "€"), "é€" == "é" + "€", len("é€") == 2, sorted({"ö", "o", "ó"}))
print(str(["é", "😀"]), repr("é\u200b"), ascii("é😀"), "😀".isprintable(), "\u200b".isprintable())
print(" é ".strip(), "\u3000x\u3000".strip(), "a\u00a0b".split(), "é,€".split(","), "€".join("abc"))
print("ÉÉé".count("É"), "é€é".replace("é", "ee", 1), "日本語".startswith("日"), "日本語".endswith(("x", "語")))
