# Checks the title case digraphs (DŽ Dž dž, LJ Lj lj, NJ Nj nj, DZ Dz dz): their upper, lower
# and title cases, and how isupper, islower and istitle treat the title case forms.
for s in ["Ǆ", "ǅ", "ǆ", "Ǉ", "ǈ", "ǉ", "Ǌ", "ǋ", "ǌ", "Ǳ", "ǲ", "ǳ"]:
    print(s, s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.isupper(), s.islower(), s.istitle(), s.isalpha())
for s in ["ǆemal", "ǅemal", "ǄEMAL", "ǉubljana ǌive", "ǈubljana", "aǅ", "ǅa ǅA", "džungla"]:
    print(s, s.title(), s.capitalize(), s.upper(), s.lower(), s.istitle(), s.isupper(), s.islower())
