# Checks round() with ndigits on exactly representable values, int rounding of large floats, and round's types.
print(round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1.5), round(-1.5), round(-0.5), round(2.5, 0), round(-2.5, 0))
print(round(1234.5678, -2), round(1234.5678, 1), round(-1234.5678, -1), round(5e20, -20), round(1e300, -300) == 1e300)
print(type(round(1.5)).__name__, type(round(1.5, 0)).__name__, type(round(1.5, None)).__name__, round(123.456, None))
print(round(float("inf"), 2), round(0.0, 3), round(-0.0), round(1e-20, 5), round(7.0, -1), round(15.0, -1))
print(int(round(2.5)), int(round(3.5)), [round(x / 4) for x in range(-6, 7)])
