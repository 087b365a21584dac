# Checks isdecimal, isdigit, isnumeric and isalnum across scripts: decimal digits, superscripts,
# circled and parenthesized digits, fractions, Roman numerals and CJK numerals.
for s in ["0123", "٠١٢", "۴۵", "०१२", "๐๑", "０９", "𝟎𝟗", "𑁦", "²³", "¹", "⁰⁴", "₉", "①", "⑴", "⒈", "⓪", "❶", "½", "⅓", "Ⅻ",
          "ⅿ", "〇", "一二三", "十百千万", "零", "壱", "ⅰ", "x", "1a", "", "1.5", "-1", "١٢٣٤"]:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum(), s.isalpha())
