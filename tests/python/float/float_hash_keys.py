# Checks that equal numbers of different types hash the same, so that 1 and 1.0 are one dict
# key and one set member, as in CPython.
print(hash(1.0) == hash(1), hash(0.0) == hash(0) == hash(-0.0) == hash(False), hash(-3.0) == hash(-3))
print(hash(2.0 ** 70) == hash(2 ** 70), hash(-(2.0 ** 100)) == hash(-(2 ** 100)), hash(1e300) == hash(int(1e300)))
print(hash(1.5) == hash(1.5), hash(0.1) == hash(0.1 + 0.0), hash(True) == hash(1.0))
d = {1: "int", 1.0: "float", True: "bool"}
print(d, len(d))
d = {}
d[2.0] = "a"
d[2] = "b"
d[2 ** 64] = "c"
d[float(2 ** 64)] = "d"
d[0.5] = "e"
d[-0.0] = "f"
d[0] = "g"
print(d)
s = {1, 1.0, 2.0, 2, 3.5, 2 ** 100, float(2 ** 100), 0.0, -0.0, False}
print(len(s), 3.5 in s, 2 in s, 2 ** 100 in s, 1.0 in s, 4.0 in s)
print({1.5: 1}[1.5], {10 ** 20: "x"}.get(1e20), {1e20: "x"}.get(10 ** 20), {2 ** 53 + 1: 1}.get(float(2 ** 53 + 1)))
counts = {}
for x in (1, 1.0, 2, 2.0, 2.5, True, 3.0, 3):
    counts[x] = counts.get(x, 0) + 1
print(counts)
# Non-integral floats hash as CPython's rule says: the value modulo 2**61 - 1 on 64-bit hosts.
print(hash(0.5) == 2 ** 60, hash(0.25) == 2 ** 59, hash(-1.5) == -(2 ** 60 + 1))
