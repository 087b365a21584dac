# Checks that an integral float hashes as the int it equals, and that equal values share dict
# and set slots across int, float and complex.
for n in [0, 1, -1, -2, 7, 2 ** 30, 2 ** 31 - 1, 2 ** 52, 2 ** 62, 2 ** 63, 2 ** 64, 10 ** 20, -(10 ** 20)]:
    print(hash(float(n)) == hash(n), hash(complex(n)) == hash(n))
print(hash(0.5) == hash(0.5), hash(-0.0) == hash(0.0), hash(float("inf")) == hash(float("inf")), hash(1e300) == hash(10 ** 300) if 1e300 == 10 ** 300 else "differ")
d = {}
for key in [1, 1.0, True, 1 + 0j, 2, 2.0, 2.5, -0.0, 0, 10 ** 20, 1e20]:
    d[key] = d.get(key, 0) + 1
print(d)
print(len({0.0, -0.0, 0, False, 0j}), len({1.5, 3 / 2, 1.5 + 0j}), 2 ** 64 in {1.8446744073709552e19})
