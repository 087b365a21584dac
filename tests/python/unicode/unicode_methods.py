# str methods on non-ASCII text.
s = "Grüße aus Köln, Ελλάδα und Москва"
print(s.upper())
print(s.lower())
print(s.swapcase())
print(s.title())
print(s.split(), s.split("ö"), s.partition("aus"))
print(s.find("Köln"), s.index("Ελ"), s.count("a"), s.rfind("а"))
print(s.replace("ü", "ue").replace("ß", "ss"))
print("—".join(["α", "β", "γ"]), "ñ".center(7, "·"), "é".ljust(3, "*"), "ü".rjust(3))
print(" \u00a0 x \u2003".strip() == "x", "ÄbC".isupper(), "äbc".islower(), "日本".isalpha())
print("ǅungla".capitalize(), "straße".upper(), "İ".lower() == "i̇")
print("Ω".startswith("Ω"), "xΩy".endswith(("y", "z")), "αβγ".removeprefix("α"))
