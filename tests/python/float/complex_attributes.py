# Checks complex's attributes and methods: real, imag, conjugate(), and comparisons that exist.
z = 3 - 4j
print(z.real, z.imag, z.conjugate(), type(z.real).__name__, z.conjugate().conjugate() == z, complex.conjugate(z))
print((1j).real, (1j).imag, (-0j).imag, (2 + 0j).conjugate(), z == complex(3, -4), z != 3, (3 + 0j) == 3.0)
try:
    z.real = 1
except AttributeError:
    print("AttributeError")
for bad in [lambda: z < z, lambda: z >= 1, lambda: sorted([1j, 2j]), lambda: max(1j, 2j)]:
    try:
        bad()
    except TypeError:
        print("TypeError")
