# Checks the sign options + - and space, and z (negative zero coerced to zero), on floats.
for x in [1.5, -1.5, 0.0, -0.0, float("inf"), float("-inf")]:
    print(format(x, "+"), format(x, "-"), format(x, " "), format(x, "+.1f"), format(x, " .1e"), format(x, "+g"))
for x in [-0.0, -0.001, -0.5, 0.001, -1e-10]:
    print(format(x, "z.1f"), format(x, "+z.2f"), format(x, "z.0e"), format(x, "zg"), format(x, "z.1%"), format(x, ".1f"))
print(format(-0.0, "z"), format(-0.0001, "z.3"), f"{-0.04:z.1f}", "{:z.0f}".format(-0.4))
