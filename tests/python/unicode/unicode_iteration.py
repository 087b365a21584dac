# Iterating, enumerating and building strings of mixed widths.
text = "aé✓𝄞"
print([(i, c, ord(c)) for i, c in enumerate(text)])
out = ""
for c in text:
    out = c + out
print(out, out == text[::-1])
print("".join(sorted(text)), "".join(c * 2 for c in text), text * 2)
print(list(zip(text, "1234")))
counts = {}
for c in "mississippi ümlaut ü":
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items()))
