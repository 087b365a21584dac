# Checks complex attributes, equality with ints and floats, hashing, truth and type conversions.
z = 3 + 4j
print(z.real, z.imag, type(z.real).__name__, abs(z), z == complex(3, 4), z != 3)
print(complex(2, 0) == 2, complex(2.5) == 2.5, 1j * 1j == -1, (0j == 0), (1 + 0j) == True)
print(hash(complex(2, 0)) == hash(2), hash(complex(1.5, 0)) == hash(1.5), hash(z) == hash(complex(3.0, 4.0)))
d = {2: "int"}
d[2 + 0j] = "complex"
print(d, len(d))
print(bool(0j), bool(1j), bool(complex(0, -0.0)), complex(), complex(1), complex("1+2j"), complex(z))
print((1j).real, (1j).imag, (5).conjugate() if hasattr(5, "conjugate") else 5, z.conjugate())
for bad in [lambda: int(z), lambda: float(z), lambda: z < z]:
    try:
        bad()
    except TypeError:
        print("TypeError")
print(isinstance(z, complex), type(1 + 1j - 1j).__name__, type(2 * 1j).__name__, sum([1j, 2, 0.5]))
