# Checks every way to divide by zero raises ZeroDivisionError, an ArithmeticError, for ints, floats, bools and big ints.
cases = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.5 / 0, lambda: 1 // 0.0, lambda: 1.0 % 0.0,
         lambda: divmod(5, 0), lambda: divmod(5.0, 0.0), lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: True / False,
         lambda: 10 ** 30 // 0, lambda: 10 ** 30 % 0, lambda: (10 ** 30) / 0, lambda: 1j / 0, lambda: pow(0, -2)]
for case in cases:
    try:
        case()
        print("no error")
    except ArithmeticError as e:
        print(type(e).__name__, isinstance(e, ZeroDivisionError))
print(0 / 1, 0.0 / -1, 0 % 5, 5 % 1, 0 ** 0, divmod(0, 7))
