# Checks complex arithmetic: products and quotients as CPython computes them, integer powers by
# repeated squaring, and division by zero.
a, b = 1.5 + 2j, -0.5 + 4j
print(a + b, a - b, a * b, a / b, b / a, -a, +b, a * a.conjugate(), (a * b).conjugate())
print((1 + 2j) ** 2, (1 + 2j) ** 3, (1 + 1j) ** 8, (1 + 1j) ** -2, (2 + 0j) ** 10, 1j ** 4, (-1j) ** 3)
print((3 + 4j) / (3 + 4j), (1e300 + 1e300j) / (1e300 + 1e300j), (1 + 1j) / 1e-300, 2 / (1 + 1j))
print(abs((1 + 2j) ** 0.5 - (1.272019649514069 + 0.7861513777574233j)) < 1e-15, 0j ** 0, 0j ** 2)
for bad in [lambda: 1j / 0, lambda: 1j / 0j, lambda: (1 + 1j) / 0.0, lambda: 0j ** -1, lambda: 0j ** 1j]:
    try:
        bad()
    except ZeroDivisionError:
        print("ZeroDivisionError")
