# Checks pow(): two and three arguments, negative exponents with a modulus (inverses), and the errors.
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(0, 0), pow(2.0, 0.5), pow(-8, 1 / 3) != 2)
print(pow(3, 4, 5), pow(-3, 4, 5), pow(3, 4, -5), pow(3, 0, 7), pow(0, 0, 1), pow(7, 1, 1))
print(pow(3, -1, 7), pow(5, -2, 13), (pow(3, -1, 7) * 3) % 7, pow(2, 100, 10 ** 9 + 7))
print(pow(True, 2, 3), pow(10 ** 20, 3, 97), pow(2, 10 ** 20, 1000))
for bad in (lambda: pow(2, 3, 0), lambda: pow(2, -1, 4), lambda: pow(2.0, 3, 5), lambda: pow(2, 3.0, 5),
            lambda: pow(0, -1), lambda: pow("2", 2)):
    try:
        bad()
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__)
