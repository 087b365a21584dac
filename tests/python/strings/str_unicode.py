# Checks non-ASCII strings: len counts characters, indexing and iteration return characters.
s = "héllo wörld"
print(s, len(s))
print(s[1], s[7], s[-4], s[-1])
for c in "añ€😀z":
    print(c, len(c), repr(c))
greek = "αβγδε"
print(len(greek), greek[0], greek[4], greek[-2])
cjk = "中文字符"
print(cjk, len(cjk), cjk[1], cjk[-1])
emoji = "😀😃😄"
print(len(emoji), emoji[1], emoji[-1] == "😄")
mixed = "a" + "é" + "中" + "😀"
print(mixed, len(mixed))
for i in range(len(mixed)):
    print(i, mixed[i])
print("é" == "\u00e9", "€" == "\u20ac", "😀" == "\U0001f600")
print("é" < "z", "a" < "é", "中" > "é", "😀" > "中")
print("ñ" in "España", "ñ" in "Espana", "中文" in cjk)
print(repr("café"), repr("日本"), str("日本"))
r = ""
for c in "über":
    r = c + r
print(r)
print("ü" * 3, len("ü" * 3))
