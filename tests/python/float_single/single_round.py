# Checks round(), as_integer_ratio() and is_integer() with single precision: rounding works
# on the single's exact value.
# The .exp holds what IEEE singles give (a build with --//objects:float=single), worked out in
# CPython by rounding each operation with struct.pack("f"); CPython itself computes in double.
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2))
print(round(2.5), round(3.5), round(-0.5), round(16777217.0), round(1e20))
print(round(1234.5678, -2), round(1234.5678, 1), round(0.1, 20), round(1e-45, 45))
print((0.1).as_integer_ratio(), (2 / 3).as_integer_ratio(), (-1.5).as_integer_ratio())
print((1e-45).as_integer_ratio(), (3.4028235e38).as_integer_ratio())
print((16777216.0).is_integer(), (0.5).is_integer(), (1e38).is_integer())
