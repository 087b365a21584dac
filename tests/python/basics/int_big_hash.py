# Checks that equal big ints hash equal and work as dict keys and set members, and that small
# ints hash to themselves.
print(hash(5), hash(-7), hash(0), hash(True), hash(2 ** 40), hash(-(2 ** 40)))
a = 2 ** 100
b = 2 ** 99 * 2
print(a == b, hash(a) == hash(b), hash(-a) == -hash(a))
d = {a: "big", 2 ** 64: "word", -(2 ** 64): "negative"}
print(d[b], d[2 ** 64], d[-(2 ** 63) * 2])
d[2 ** 100] = "replaced"
print(len(d), d[a])
s = {2 ** 70, 2 ** 70, 2 ** 35 * 2 ** 35, 1}
print(len(s), 2 ** 70 in s, 2 ** 71 in s)
counts = {}
for i in range(200):
    key = (2 ** 65 + i % 5) * 3
    counts[key] = counts.get(key, 0) + 1
print(sorted(counts.values()), len(counts))
print(hash((2 ** 70, 1)) == hash((2 ** 35 * 2 ** 35, 1)))
