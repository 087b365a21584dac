# Checks ** with complex numbers: small integer powers by repeated multiplication (exact where
# CPython is), other powers through polar form, and negative numbers to fractional powers.
a = 1 + 2j
for n in range(-4, 6):
    print(n, a ** n, (0.5 - 1j) ** n)
print(1j ** 2, 1j ** 3, 1j ** 4, (-1) ** 0.5, (-8) ** (1 / 3), (-2.0) ** 1.5, (-1.0) ** 0.25)
print(2 ** 1j, 1j ** 1j, (1 + 1j) ** (1 - 1j), a ** 0.5, a ** 2.5, a ** -0.5)
print(0j ** 0, 0j ** 2, 0j ** 1.5, (0j) ** 0j, a ** 0, a ** 0j, (1 + 0j) ** 101, (1 + 1e-9j) ** 1000)
x = 2j
x **= 3
print(x)
