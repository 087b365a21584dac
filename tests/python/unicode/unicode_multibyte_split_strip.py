# Checks split, rsplit, partition, replace, strip and join with multibyte text and separators.
s = "α→β→γ→δ"
print(s.split("→"), s.rsplit("→", 1), s.split("→", 2), s.partition("→"), s.rpartition("→"), s.replace("→", "⇒", 2))
print("€€a€€b€€".split("€€"), "€€a€€b€€".strip("€"), "😀x😀".strip("😀"), "éaé".lstrip("é"), "éaé".rstrip("aé"))
print("日本 語  テキスト".split(), "日本語".split("本"), "—".join(["ab", "çd", "😀"]), "".join(reversed("abç😀")))
print("ab€cd€".replace("€", ""), "x".join("éè"), "é".center(5, "·"), "é".ljust(3, "€"), "😀".rjust(3, "ç"), "é".zfill(4))
print("ÉcoleÉ".replace("É", "E"), "aéa".count("a"), "ß".join(["", ""]), "αβγ".replace("", "|"))
