# Checks indexing and slicing of strings mixing 1-, 2-, 3- and 4-byte UTF-8 characters.
s = "aé€😀bñ中🎉"
print(len(s), s[0], s[1], s[2], s[3], s[-1], s[-2], s[-8])
print(s[1:4], s[::2], s[::-1], s[-3:], s[3:1:-1], s[100:], s[2:2])
print([s[i] for i in range(len(s))] == list(s), "".join(reversed(s)) == s[::-1])
print(s.find("😀"), s.index("ñ"), s.rfind("中"), s.count("€"), s.find("x"), "😀" in s, s.find("b", 5))
print(s[s.find("€"):s.find("ñ")], s.split("😀"), s.partition("中"), s.replace("é", "E"))
try:
    s[8]
except IndexError:
    print("IndexError")
t = s * 2
print(len(t), t[7:10], t.count("😀"), t.rindex("é"))
