# Character classes and case mappings for the blocks the firmware's tables cover, swept code point by code point.
blocks = [(0x80, 0x180), (0x391, 0x3CF), (0x400, 0x460), (0x531, 0x557), (0x561, 0x587), (0x1E00, 0x1E96), (0x1EA0, 0x1F00), (0xFF10, 0xFF5B)]
for first, end in blocks:
    rows = []
    for c in range(first, end):
        ch = chr(c)
        flags = "".join("1" if f else "0" for f in (ch.isalpha(), ch.isupper(), ch.islower(), ch.isdigit(), ch.isdecimal(), ch.isspace(), ch.isprintable()))
        rows.append(flags + ch.upper() + ch.lower())
    print(hex(first), "|".join(rows))
samples = "²³¹٣۴४０９ªº中文かなカナ한글אבגعربي"
for ch in samples:
    print(ch, ch.isalpha(), ch.isdigit(), ch.isdecimal(), ch.isalnum(), ch.isupper(), ch.islower())
print("日本語".isalpha(), "中文".isprintable(), "Ab中".istitle(), "ÀB".isupper(), "àb".islower())
