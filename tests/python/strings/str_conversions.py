# Checks str() and repr() of each basic kind of value and int() of strings.
values = [0, -12, 987654321, True, False, None, "text", "", (1, "a"), [2, "b"], (), [], ((),), [[]], (5,)]
for v in values:
    print(str(v), repr(v), len(str(v)), len(repr(v)))
print(str(), repr(""), str(str("x")))
print(str("a") == "a", repr("a") == "'a'")
print(int("42") + int("-2"), int(str(-7)) * 3)
print(str(1) + str(2) + str(3), int(str(1) + str(2) + str(3)) + 1)
print(str(type(1)), str(type("")))
n = 90817
digits = str(n)
total = 0
for c in digits:
    total += int(c)
print("digit sum", total)
print(str([None, True, "q"]), repr((None, False)))
