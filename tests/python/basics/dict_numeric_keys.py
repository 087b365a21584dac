# Checks that equal numbers of different types (1, 1.0, True) are one dict key and one set member.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d), d[1], d[1.0], d[True])
d[0] = "zero"
print(d[False], d.get(0.0), False in d, 2 in d, 1.5 in d)
s = {1, 1.0, True, 0, 0.0, False, 2}
print(len(s), sorted(s), {1.0} == {1}, {2: "a"}[2.0])
big = 2 ** 70
print({big: "big"}[float(big)], {big: 1}.get(big + 1), hash(big) == hash(float(big)))
print({-1: "m"}[-1.0], {10 ** 20: 1}[10 ** 20], hash(-1) == hash(-1.0), hash(0.5) == hash(0.5))
