# Splitting on non-ASCII separators and whitespace.
print("α,β,,γ".split(","), "α→β→γ".split("→", 1), "α→β→γ".rsplit("→", 1))
print("a\u3000b\u2003c".split(), "x\u2028y\u2029z".splitlines())
print("日本語テキスト".replace("テ", "[テ]"), "ñ".join("abc"), "·".join(["1", "2"]))
print("éé".partition("é"), "éé".rpartition("é"), "ääää".strip("ä"), "xäx".strip("x"))
