# Checks instances of int and float subclasses in float(), int(), complex() and mixed arithmetic on either side.
class Meters(float):
    pass
class Count(int):
    pass
m = Meters(2.5)
c = Count(3)
print(float(m), float(c), int(m), int(c), complex(m), complex(c), complex(m, c))
print(type(float(m)).__name__, type(int(c)).__name__, type(m + 1).__name__, type(-c).__name__)
print(m + 1, 1 + m, m * c, c * m, c + 1.5, 1.5 + c, m + 1j, c / 2, c // 2, m // 2, c % 2, 7 % c)
print(c ** 2, 2 ** c, m ** 2, -m, -c, +c, abs(Meters(-1.0)), abs(Count(-4)), ~c)
print(1 << c, c << 1, 7 & c, c | 8, c ^ 1, 10 - c, 10.0 - m, divmod(c, 2), divmod(7, c))
print(m == 2.5, c == 3, 3 == c, 2.5 == m, c < m, m < c, 1 < c, 1.0 < m, c >= 3, 4 > c)
print(hash(c) == hash(3), hash(m) == hash(2.5), {c: "x"}[3], {3: "y"}[c])
print(max(c, m), min(c, 2), sum([c, m]), sum([c, c], c), sorted([Count(2), 1, Count(0)]))
print(pow(c, 2, 5), pow(Count(2), Count(10)), bool(Count(0)), bool(Meters(0.0)), bool(c))
print(c.bit_length(), m.is_integer(), Meters(4.0).is_integer(), c.to_bytes(2, "big"))
x = Count(5)
x += 1
print(x, type(x).__name__)
try:
    c + "a"
except TypeError:
    print("TypeError")
