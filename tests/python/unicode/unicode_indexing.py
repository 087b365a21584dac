# Indexing, slicing and len count characters, not bytes.
s = "héllo wörld ✓ 日本語 𝄞!"
print(len(s), s[1], s[-1], s[-2], s[12], s[14:17], s[::-1])
print(s[::2], s[1:-1:3], s[100:], s[-100:2])
for i in range(0, len(s), 4):
    print(i, repr(s[i]), ord(s[i]))
try:
    s[len(s)]
except IndexError:
    print("IndexError")
print([c for c in "aé✓𝄞"], list(reversed("aé✓")))
