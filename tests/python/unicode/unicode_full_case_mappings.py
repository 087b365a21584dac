# Checks case mappings that produce more than one character: sharp s, ligatures, letters with
# no precomposed capital, and the Armenian ligatures, through upper, title and capitalize.
for s in ["ß", "ﬀ", "ﬁ", "ﬂ", "ﬃ", "ﬄ", "ﬅ", "ﬆ", "ŉ", "ǰ", "ẖ", "ẗ", "ẘ", "ẙ", "ẚ", "ﬓ", "ﬔ", "ﬕ", "ﬖ", "ﬗ", "և"]:
    print(s, s.upper(), s.title(), s.capitalize(), s.swapcase(), len(s.upper()), s.lower() == s, s.islower())
for s in ["ﬁsh ﬂow", "straße", "ﬃx ﬄe", "offiﬁce", "maße und ﬂüsse"]:
    print(s.upper(), s.title(), s.capitalize(), s.swapcase(), len(s), len(s.upper()))
print("ẞ".lower(), "ẞ".isupper(), "İ".lower(), len("İ".lower()), "İi".swapcase(), "ı".upper(), "ſ".upper())
