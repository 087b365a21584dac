# Checks round(x) without ndigits: an int, with halves going to the even neighbour.
print([round(x + 0.5) for x in range(-6, 6)])
print(round(0.49999999999999994), round(-0.5), round(-1.5), round(2.5000000000000004), round(4503599627370497.0))
print(round(1e16), round(-1e22), round(2.0 ** 70) == 2 ** 70, type(round(1e300)).__name__, round(1e300) == int(1e300))
for bad in [float("inf"), float("-inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)
for bad in [lambda: round(1.5, 1.0), lambda: round(1.5, "1"), lambda: round("1.5")]:
    try:
        bad()
    except TypeError:
        print("TypeError")
