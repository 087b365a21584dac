# Checks that float(repr(x)) == x for many computed values, and a few shortest reprs.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e-7, 123456789.125, 5e-324, 1.7976931348623157e308, 2.0 ** -30, 1e22, 1e23, 9007199254740993.0]
x = 1.0
for i in range(40):
    x = x * 1.37 + 0.11
    vals.append(x)
    vals.append(1 / x)
ok = 0
for v in vals:
    if float(repr(v)) == v and float(str(v)) == v and float(repr(-v)) == -v:
        ok += 1
print(ok, len(vals))
print(repr(0.1 + 0.2), repr(1 / 3), repr(1e23), repr(2.0 ** 60), repr(1.5e-5), repr(100.0), repr(1e16))
print(str(12345678901234567.0), str(0.0001), str(0.00001), str(-1.0e-10))
