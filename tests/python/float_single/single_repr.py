# Checks repr and str of floats with single precision: the shortest text that reads back as
# the same single, laid out as CPython lays out a double's repr.
# The .exp holds what IEEE singles give (a build with --//objects:float=single), worked out in
# CPython by rounding each operation with struct.pack("f"); CPython itself computes in double.
print(0.1, 0.2, 0.3, 1.1, 2.5, -0.0, 100.0)
print(1 / 3, 2 / 3, 10 / 3, 1 / 7)
print(16777216.0, 16777217.0, 16777218.0, 16777219.0)
print(123456789.0, 1e10, 1e15, 1e16, 1.5e17)
print(3.4028235e38, 1e38, 1e39, -1e39)
print(1.17549435e-38, 1e-45, 7e-46, 8e-46, 1e-46)
print(0.0001, 0.00001, 1.5e-5, 123.456)
print(repr(0.1), str(1 / 3), [0.1, 2 / 3], (1.1,), {"x": 0.7})
print(3.14159265358979, 2.718281828459045, 6.02214076e23, 6.62607015e-34)
values = [0.1, 1 / 3, 16777217.0, 3.4028235e38, 1e-45, 1.17549435e-38, 6.02214076e23]
print(all(float(repr(x)) == x for x in values), all(float(str(-x)) == -x for x in values))
