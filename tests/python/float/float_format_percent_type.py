# Checks format spec type %: the value times 100 in fixed notation with a percent sign.
for x in [0.0, 0.5, 1.0, 0.125, 1 / 3, -0.25, 12.3456, 1e-5, 2.5e-3]:
    print(format(x, "%"), format(x, ".0%"), format(x, ".2%"), format(x, "+.1%"), format(x, "10.1%") + "|")
print(format(0.5, "#.0%"), format(0.005, ".0%"), format(0.015, ".0%"), format(-0.0, ".1%"))
print("{:.1%} {:>8.2%} {:<8.0%}|".format(0.4567, 0.4567, 0.4567), f"{2 / 3:.3%}", format(3, ".1%"))
print(format(float("inf"), "%"), format(float("nan"), ".2%"), format(1e20, ".0%"))
