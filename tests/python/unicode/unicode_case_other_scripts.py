# Checks case mappings in scripts beyond Latin, Greek and Cyrillic: Georgian (whose title case is
# its own), Cherokee, Glagolitic, Coptic, Latin Extended-C and -D, and symbols with case.
for s in ["ა", "Ა", "ⴀ", "Ⴀ", "Ꭰ", "ꭰ", "Ⰰ", "ⰰ", "Ⲁ", "ⲁ", "Ɫ", "ɫ", "Ɐ", "ɐ", "Ꜳ", "ꜳ", "Ꞔ", "ꞔ", "Ⓐ", "ⓐ", "Ⅻ", "ⅻ", "ｚ", "Ｚ"]:
    print(s, s.upper(), s.lower(), s.title(), s.swapcase(), s.isupper(), s.islower(), s.istitle(), s.isalpha())
for s in ["ქართული ენა", "ᏣᎳᎩ", "ⓗⓔⓛⓛⓞ", "ⅰⅱⅲ ⅳ", "ꜳꜵ ɐɓ", "𐐀𐐨"]:
    print(s.upper(), s.lower(), s.title(), s.swapcase())
