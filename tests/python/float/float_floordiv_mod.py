# Checks // and % on floats: the remainder takes the divisor's sign, and divmod agrees.
values = (7.5, -7.5, 2.0, -2.0, 0.0, -0.0, 0.1, 1e20, 3)
for a in values:
    for b in (2, -2, 0.5, -0.5, 3.25, -0.1, 1e-5):
        print(a, b, a // b, a % b, divmod(a, b))
print(5 // 0.3, 5 % 0.3, -5 // 0.3, -5 % 0.3, 1e300 % 3, -1e300 % 3.5)
print(1.0 // float("inf"), -1.0 // float("inf"), 1.0 % float("inf"), -1.0 % float("inf"), 1.0 % float("-inf"))
print(7 // 2.0, 7 % 2.0, -7 // 2.0, 2 ** 70 // 1.5, 2 ** 70 % 1.5, divmod(2 ** 70, 3.0))
x = 17.5
x //= 4
print(x)
x %= 2.5
print(x)
for a, b in ((1.0, 0), (1.0, 0.0), (1, 0.0), (0.0, -0.0)):
    for op in ("//", "%", "divmod"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            else:
                divmod(a, b)
        except ZeroDivisionError:
            print("ZeroDivisionError", op, a, b)
