# Checks where repr switches to exponent notation: below 1e-4 and from 1e16 on.
for x in [1e-4, 9.99e-5, 0.00012, 1e-5, 1.5e-5, 9999999999999998.0, 1e16, 1.1e16, 123456789012345.6, 1234567890123456.7]:
    print(repr(x), repr(-x), str(x))
print(1e15, 1e16, 1e17, 12e15, 0.0001, 0.00001, 1e22, 1e-7, 1.0e0, 100.0)
print(2.0 ** 60, 2.0 ** -20, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308)
