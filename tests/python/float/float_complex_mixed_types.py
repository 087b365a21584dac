# Checks arithmetic and equality across int, bool, float and complex, widening to the wider type.
print(1 + 2.5, 2.5 + 1, True + 1.5, 1 + 2j, 2.5 + 1j, True + 1j, (1 + 1j) + 1.5)
print(3 * 1.5, 2j * 2, 2 * 2j, 0.5 * 2j, (1 + 2j) * 2.0, 7 / 2, 7 / 2.0, 1j / 2, 3 / 1j)
print(1 == 1.0 == 1 + 0j, True == 1.0, 0.5 == 0.5 + 0j, 1j == 1, 2 != 2.0 + 1j)
print(type(1 + 1.0).__name__, type(1.0 + 1j).__name__, type(True * 1.0).__name__, type(2 ** -1).__name__)
print(hash(1) == hash(1.0) == hash(1 + 0j), hash(2.5) == hash(2.5 + 0j))
for op in [lambda: 1j < 1, lambda: 1.0 > 2j, lambda: 1j // 2, lambda: 1j % 2, lambda: divmod(1j, 1)]:
    try:
        op()
    except TypeError:
        print("TypeError")
