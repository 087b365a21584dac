# Constant expressions give the same values folded as at run time, and what
# raises at run time still raises there.
print(1 + 2 * 3, (1 + 2) * 3, 2 ** 10, -2 ** 2, (-2) ** 3, ~5, -(-7))
print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(1 << 10, 1024 >> 3, -1024 >> 3, -1 >> 100, 0 << 1000)
print(6 & 3, 6 | 3, 6 ^ 3, 0x10 + 0o10 + 0b10)
print(2 ** 40 // 2 ** 38, 10 ** 12 // 10 ** 11)


def divide_by_zero():
    return 1 // 0


def modulo_by_zero():
    return 5 % 0


def negative_shift():
    return 1 << -1


for f in [divide_by_zero, modulo_by_zero, negative_shift]:
    try:
        f()
        print("no error")
    except ZeroDivisionError:
        print("ZeroDivisionError")
    except ValueError:
        print("ValueError")

