# Methods on non-ASCII text work in characters: indexes from find, slices of split, widths.
s = "añb€c😀d日e"
print(s.find("€"), s.find("😀"), s.rfind("日"), s.index("d"), s.find("e", 8), s.find("c", -6), s.find("😀", 1, 6))
print(s.count("😀"), s.count(""), s.find(""), s.rfind(""), s.find("", 5), s.startswith("€", 3), s.endswith("日", 0, -1))
print(s.split("€"), s.rsplit("😀", 1), s.partition("日"), s.rpartition("ñ"), s.replace("€", "E"))
print(s.upper(), s.center(13, "·"), len(s.center(13)), s.ljust(11, "_"), s.zfill(11))
print("ü ö ä".split(" "), "äöü".strip("ä"), "日本語".find("語"), "日本語"[s.find("ñ")])
t = "😀😃😄😁"
print(t.find("😄"), t.rfind("😀"), t.index("😁"), t.count("😃", 1, 2), t.startswith("😃", 1), t.endswith("😄", 0, 3))
print(t.split("😃"), t.replace("😃", "-", 1), "-".join(t), t.strip("😀😁"), "{:^8}".format(t))
print("ÀÉ".lower().find("é"), "été".capitalize(), "ÉTÉ".title(), "x\u00e9y".isalpha(), "é".isascii())
