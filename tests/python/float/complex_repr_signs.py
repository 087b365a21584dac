# Checks repr and str of complex numbers: signed zeros, infinities, NaN, exponents and parts
# that print without '.0'.
values = [0j, -0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), 1 + 0j, -1 - 0j, 1.5 - 2.5j,
          complex(1e16, 1e-5), complex(1e-20, -1e20), complex(float("inf"), float("-inf")), complex(float("nan"), 1),
          complex(2 ** 53, 0.1), 3j, -3j, complex(1, float("nan"))]
for z in values:
    print(repr(z), str(z), z.real, z.imag)
print([1j, -2.5j], (1 + 1j,), {"z": 0.5j}, f"{1 + 2j}", "%s %r" % (3 - 4j, 3 - 4j))
