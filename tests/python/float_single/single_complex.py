# Checks complex numbers with single-precision parts.
# The .exp holds what IEEE singles give (a build with --//objects:float=single), worked out in
# CPython by rounding each operation with struct.pack("f"); CPython itself computes in double.
print(complex(0.1, 0.2), (1 + 2j) / 3, (0.1 + 0.2j) * (0.3 + 0.4j), (1 + 2j) * (3 - 1j))
print(abs(3 + 4j), abs(1 + 1j), complex("1e39+1j"), complex(16777217, 1))
print((1e38 + 1e38j) * 10, 1j * 1j, (2 + 0j) ** 2, (1 + 1j) ** 3)
print((0.1 + 0.2j).real, (0.1 + 0.2j).imag, (1 / 3 + 0j) == 1 / 3, hash(0.5 + 0j) == hash(0.5))
print((1 + 2j) / (3 + 4j), 1 / (1 + 1j), (1e-45 + 1j) * 2)
print(repr(complex(-0.0, 1 / 7)), 5j / 2)
