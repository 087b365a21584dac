# Checks repr() and ascii() of text with controls, marks, invisible formatting characters, private
# use, emoji and letters of many scripts.
for s in ["é", "日本", "\u0301", "e\u0301", "\u200e\u200f", "\u2066x\u2069", "\ue000", "\U000f0000", "😀",
          "\U0001f1eb\U0001f1f7", "\x1b[0m", "\u061c", "\u00ad", "\u034f", "\ufff9", "\ufffd", "ǅ", "\u2028", "\U000e0001"]:
    print(repr(s), ascii(s), len(repr(s)))
print(repr("'\"é"), ascii("'\"é"), repr("\\é"), ascii(["é", b"\xe9"]), ascii({"ключ": 1.5}), str("é"))
