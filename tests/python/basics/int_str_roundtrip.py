# Checks that str() and int() round-trip ints of every size and sign, and repr() equals str() for ints.
values = [0, 1, -1, 9, 10, -10, 2 ** 31 - 1, -2 ** 31, 2 ** 62, 2 ** 63, -2 ** 63 - 1, 2 ** 64, 10 ** 30, -(10 ** 40) + 1]
for n in values:
    text = str(n)
    print(text, int(text) == n, repr(n) == text, len(text), int(text.rjust(50)) == n, int("+" + text.lstrip("-")) == abs(n))
print(str(True), str(False), int("0" * 30 + "7"), int("-" + "9" * 25) + 10 ** 25, str(-0))
