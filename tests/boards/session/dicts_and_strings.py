# Dicts and strings: the work most programs do.
text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items()), len(counts))
print(sorted(counts, key=lambda w: (-counts[w], w))[:3])
d = dict(a=1, b=2)
d.update({"c": 3}, d=4)
d.setdefault("e", 5)
print(d, d.pop("a"), "a" in d, list(d.keys()), sum(d.values()))
print({k: v for k, v in zip("xyz", range(3))}, dict.fromkeys("ab", 0))
s = "Hello, World"
print(s.upper(), s.lower(), s.swapcase(), s[::-1], s[7:], s.find("World"))
print(s.replace("l", "L", 2), s.split(", "), "-".join(["a", "b", "c"]), s.count("o"))
print("%s=%d (%5.1f%%)" % ("x", 42, 12.5), "{0}/{1:>4}/{name!r}".format(1, "b", name="n"))
print(f"{s!r:>16}|{len(s):03d}|{3 * 4}", s.startswith("Hell"), s.endswith("x"))
print(" pad ".strip(), "a,b,,c".split(","), "line1\nline2".splitlines(), "ab" * 3)
print(str(123) + "4", int("ff", 16), ord("A"), chr(97), "é".encode(), b"xyz".decode())
print(sorted("hello"), "".join(reversed("stressed")), "abc" < "abd", "Zz".isalpha())
