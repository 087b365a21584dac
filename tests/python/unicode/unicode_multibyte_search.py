# Checks find, rfind, index, rindex, count, startswith and endswith on text with characters of
# one to four bytes, with start and end given in characters.
s = "aé€😀aé€😀 fin€"
for sub in ["a", "é", "€", "😀", "é€", "😀a", "fin€", "", "x", "€😀 "]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 2), s.rfind(sub, 0, 6), s.find(sub, -5), s.count(sub, 1, -1))
print(s.index("😀"), s.rindex("é"), s.startswith("aé"), s.startswith("€", 2), s.endswith("fin€"), s.endswith("😀", 0, 4))
print(s.startswith(("x", "é"), 1), s.endswith(("€",), -1), "😀" in s, "é€😀a" in s, s.find("€", 3, 3), s.find("", 20))
try:
    s.index("zz")
except ValueError:
    print("ValueError")
