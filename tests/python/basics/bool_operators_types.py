# Checks which operators on bools keep the bool type (& | ^) and which give ints (+ - * ~ << //).
for a in (False, True):
    for b in (False, True):
        print(a & b, a | b, a ^ b, a + b, a - b, a * b, type(a & b).__name__, type(a + b).__name__)
print(~True, ~False, -True, +True, True << 3, True // 1, True / 2, True % 2, True ** 2)
print(True & 3, type(True & 3).__name__, 6 | False, type(6 | False).__name__, True == 1, False == 0.0)
print(isinstance(True, int), issubclass(bool, int), int(True), str(True), repr(False), bool("False"))
print(sum([True, True, False]), max(False, True), sorted([True, False, 0, 1]), [True] * 2)
print(True is not False, not True, True and 5, False or "x", abs(True), hash(True), divmod(True, 1))
