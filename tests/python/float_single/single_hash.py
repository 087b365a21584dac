# Checks that floats hash as the exact value of the single, so that equal ints and floats
# share a dict slot.
# The .exp holds what IEEE singles give (a build with --//objects:float=single), worked out in
# CPython by rounding each operation with struct.pack("f"); CPython itself computes in double.
print(hash(16777216.0) == hash(16777216), hash(-2.0), hash(1e10) == hash(10 ** 10))
print(hash(0.1), hash(1 / 3), hash(-2.5), hash(3.4028235e38), hash(1e-45))
d = {16777216: "int"}
d[16777216.0] = "float"
d[16777217.0] = "rounded"
print(d)
d = {0.1: "a"}
print(0.1 in d, 1 / 10 in d, d[0.1], 0.1 * 3 in {0.3: 1})
print(hash(complex(0.1, 0)) == hash(0.1), hash(1 + 0j) == hash(1), {1.0, 1, True})
