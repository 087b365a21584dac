# Checks divmod() on ints, floats and bools of every sign, the identity q*b + r == a, and division by zero.
for a in (7, -7, 0, 7.5, -7.5):
    for b in (2, -2, 0.5, -0.5, True):
        q, r = divmod(a, b)
        print(a, b, q, r, q * b + r == a, type(q).__name__)
print(divmod(10 ** 20, 7), divmod(-10 ** 20, 7), divmod(1, 10 ** 20), divmod(2 ** 70, 2 ** 35))
for bad in ((1, 0), (1.0, 0), (1, 0.0), (0, False), ("a", 1), (1j, 1)):
    try:
        divmod(*bad)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__)
