# Program: character and word statistics on a text using only loops, indexing and lists.
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity"""
lower = "abcdefghijklmnopqrstuvwxyz"
upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
def to_lower(c):
    for i in range(26):
        if upper[i] == c:
            return lower[i]
    return c
counts = [0] * 26
lines = 1
for c in text:
    if c == "\n":
        lines += 1
    c = to_lower(c)
    for i in range(26):
        if lower[i] == c:
            counts[i] += 1
            break
print("lines", lines, "chars", len(text))
for i in range(26):
    if counts[i]:
        print(lower[i], counts[i], "#" * counts[i])
words = []
cur = ""
for c in text + " ":
    c = to_lower(c)
    if c in lower:
        cur += c
    elif cur:
        words.append(cur)
        cur = ""
print(len(words), "words")
uniq = []
freq = []
for w in words:
    if w in uniq:
        for i in range(len(uniq)):
            if uniq[i] == w:
                freq[i] += 1
    else:
        uniq.append(w)
        freq.append(1)
for i in range(len(uniq)):
    print(uniq[i], freq[i])
longest = ""
for w in words:
    if len(w) > len(longest):
        longest = w
print("longest:", longest, len(longest))
