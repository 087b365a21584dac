# Checks bool arithmetic, bitwise operators on bools, comparisons and conversions.
print(True + True, True - False, True * 5, -True, +False, ~True, True / 2, True // 2, True % 2, True ** 10)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__, type(True ^ 1).__name__)
print(True == 1, False == 0, True > False, sorted([True, 0, -1, False]), 1.0 == True)
print(bool(), bool(0), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([[]]), bool(None), bool(0j))
print(int(True), float(False), str(True), repr(False), "%d %s" % (True, False), f"{True:>6}|{False!r}")
print(sum([True, True, False]), [10, 20][True], {True: "t"}[1], True << 3, abs(True))
print(isinstance(False, int), bool(2 ** 100), bool(-2 ** 100 + 2 ** 100))
