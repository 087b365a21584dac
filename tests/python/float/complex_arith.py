# Checks complex arithmetic with complex, float, int and bool operands, conjugate, abs,
# equality and truth.
a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b, b / a, -a, +a, a.conjugate(), abs(b), abs(1j), abs(-3 + 0j))
print(a + 1, 1 + a, a - 1.5, 1.5 - a, a * 2, 2 * a, a / 2, 2 / a, a * True, False + a)
print(a == 1 + 2j, a != b, (2 + 0j) == 2, 2 == 2 + 0j, 2.5 + 0j == 2.5, 1j == 1, a == "a")
print(bool(0j), bool(1j), bool(0.0 + 0j), bool(complex(0, -0.0)), not 1e-300j)
print(1j * 1j, (1 + 1j) * (1 - 1j), (1 + 1j) / (1 - 1j), 1 / 1j, (2 + 3j) / (2 + 3j))
print((1e308 + 1e308j) / (1e308 + 1e308j), (1 + 2j) / (1e-300 + 1e-300j))
x = 1 + 1j
x += 1
x *= 1j
x -= 2j
x /= 2
print(x)
print(sum([1j, 2, 3.5, 1 - 1j]), [1j * k for k in range(4)])
print(hash(2 + 0j) == hash(2), hash(1.5 + 0j) == hash(1.5), hash(1j) == hash(1j), {2: "int", 2 + 0j: "complex"})
print(complex(1, 2).real, complex(1, 2).imag, complex.conjugate(3 - 3j))
