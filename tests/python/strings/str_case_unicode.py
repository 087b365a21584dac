# Case mappings beyond ASCII: Latin-1, Latin Extended-A, Greek, Cyrillic, Armenian, fullwidth.
print("àéîõü ÀÉÎÕÜ".upper(), "àéîõü ÀÉÎÕÜ".lower(), "àéîõü ÀÉÎÕÜ".swapcase())
print("straße".upper(), "straße".title(), "ßx".capitalize(), "Straße".swapcase(), "ß".lower())
print("ŁÓDŹ Ćma".lower(), "łódź".upper(), "ÿ".upper(), "Ÿ".lower(), "ĳ".upper())
print("ΑΒΓΔ αβγδ".swapcase(), "Ὀδυσσεύς"[1:].upper(), "άέήίόύώ".upper(), "ΆΈΉΊΌΎΏ".lower())
print("ΣΑΣ".lower(), "ΟΔΟΣ ΟΔΟΣ.".lower(), "Σ".lower(), "ΑΣ Α".lower(), "ΣΑ".lower(), "ΑΣ'Α".lower())
print("ΑΣ ΑΣ".title(), "ΑΣ".capitalize(), "ΣΑΣ".swapcase(), "ς".upper(), "µ".upper())
print("привет МИР".upper(), "привет МИР".lower(), "привет мир".title(), "ёЁїЇ".swapcase())
print("Բարև".upper(), "Ｈｅｌｌｏ".lower(), "ｈｅｌｌｏ".upper(), "İ".lower(), len("İ".lower()))
print("ǆ".isupper(), "ı".upper(), "ſ".upper(), "ĸ".upper(), "日本".upper(), "😀".lower())
for c in "aAéÉßΣσςЖжĀāŸÿ":
    print(c, c.isupper(), c.islower(), c.isalpha(), c.upper(), c.lower())
