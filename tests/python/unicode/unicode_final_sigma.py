# Checks Greek capital sigma in lower(): final sigma at the end of a word, after a cased letter
# and not before one, looking past case-ignorable characters (apostrophes, marks, periods).
for s in ["Σ", "ΑΣ", "ΣΑ", "ΑΣΑ", "ΑΣ Α", "ΑΣ.", "ΑΣ.Α", "Α.Σ", "ΑΣ'", "ΑΣ'Α", "Σ'Α", "ΑΣ\u0301", "ΑΣ1", "1Σ", "ΑΣΣ", "ΟΔΥΣΣΕΥΣ ΚΑΙ ΟΔΟΣ"]:
    print(repr(s), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
print("ΣΑΣ ΣΑΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower(), "ς".upper(), "σ".upper(), "ς".islower(), "Σ".lower())
