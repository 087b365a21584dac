# Checks isalpha, isupper and islower on letters of many scripts, modifier letters, marks and
# symbols that are not letters.
for s in ["é", "ß", "ĸ", "ƛ", "ǅ", "ɐ", "ʰ", "ˆ", "\u0301", "Ω", "ϒ", "ж", "Ӂ", "ա", "א", "ب", "ۿ", "क", "\u093e", "ก",
          "ა", "Ᏸ", "ᴀ", "ᵃ", "ⁱ", "ℂ", "ℎ", "℮", "ⅰ", "ぁ", "ア", "ｱ", "ﾞ", "漢", "한", "ㄱ", "ꙁ", "ﬁ", "ａ", "€", "©", "·"]:
    print(repr(s), s.isalpha(), s.isupper(), s.islower(), s.istitle(), s.isalnum(), s.isidentifier())
print("héllo".isalpha(), "Ωμέγα".isalpha(), "日本語".isalpha(), "abc1".isalpha(), "déjà vu".isalpha())
