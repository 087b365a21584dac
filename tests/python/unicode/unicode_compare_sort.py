# Comparison and sorting of non-ASCII strings is by code point.
words = ["zebra", "Äpfel", "apple", "été", "école", "Zürich", "日本", "ß", "z"]
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print("é" > "e", "é" < "f", "Z" < "a", "ä" == "a\u0308", "ä" < "ä" + "a")
print(min(words), max(words), "é" in "café", "fé" in "café", "é" in ["e", "é"])
print({"é": 1, "e": 2}["é"], hash("é") == hash("é"), len({"é", "e", "é"}))
