# Checks the forms of float and imaginary literals: points, exponents, underscores, leading zeros.
print(1., .5, 1e5, 1E-5, 1_0.0_1, 0e0, 00.5, 0.0_0, 1_000e-1_0, 9.e1, .1e1, 1.5e+3)
print(1j, 1.5j, .5J, 1e3j, 1_0j, 0j, 00j, 1e-3J, 2.j, type(1.).__name__, type(1j).__name__)
print(1e308 * 10, 1e-400, 2.5e-324, 1.7976931348623157e308, 1.7976931348623159e308, 4.9406564584124654e-324)
print(0.1 + 0.2 == .3, 1e1 == 10, 1_0.5 == 10.5, 3.14_15 == 3.1415, 0.000_1 == 1e-4)
