# Checks upper/lower/swapcase/title/capitalize on non-ASCII letters, including ones whose case forms change length.
for s in ["straße", "ÉCOLE", "İstanbul", "ΣΊΣΥΦΟΣ", "Добрый день", "àÀ-éÉ", "ŉ", "日本語abc"]:
    print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), len(s.upper()), len(s.lower()))
print("ß".upper() == "SS", "Straße".lower() == "straße", "ÉCOLE".lower() == "école")
print("é".isupper(), "É".isupper(), "é".islower(), "Éc".istitle(), "日本".isupper(), "日本".islower())
