# Checks signed zeros: they compare equal and hash alike, but keep their sign through
# negation, multiplication, division and rounding, and print with it.
z = 0.0
n = -0.0
print(z, n, z == n, hash(z) == hash(n), -z, -n, z * -1, n * -1, n * n)
print(1 / float("inf"), -1 / float("inf"), 0 / -5, -0 / 5, 0.0 / -5, n / 5, n + n, n - z, z - z)
print(round(-0.4), round(-0.4, 0), round(-0.0, 2), round(-0.5, 0), round(-4.0, -1), round(-40.0, -2))
print(-0.0 // 1, -0.0 % 1, 0.0 % -1, -1e-300 * 1e-300, int(-0.0), float(-0), float("-0"))
print(abs(n), max(n, z), min(z, n), sorted([z, n]), [n].index(z), {n: 1}.get(z))
print((-0.0).is_integer(), (-0.0).as_integer_ratio())
