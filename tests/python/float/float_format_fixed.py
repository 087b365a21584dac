# Checks format specs with type f and F: rounding of the exact binary value, widths and signs.
for x in [0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 123.456, -0.001, 1e15, 1e22, 5e-324]:
    print(format(x, "f"), format(x, ".2f"), format(x, ".0f"), format(x, "F"), format(x, "+.1f"))
print(format(0.1, ".20f"), format(1 / 3, ".25f"), format(2.0 ** -10, ".10f"), format(2.0 ** -10, ".9f"))
print(format(1e300, ".0f")[:20], len(format(1e300, ".0f")), format(1.5, "#.0f"), format(-1.5, ".0f"))
print(format(3.14159, "10.2f") + "|", format(3.14159, "<10.2f") + "|", format(3.14159, "^10.2f") + "|")
print(format(-3.14159, "010.2f"), format(3.14159, "x>10.3f"), format(-3.14159, "=10.1f"), format(99.995, ".2f"))
