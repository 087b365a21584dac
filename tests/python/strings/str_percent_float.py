# %e, %f and %g of ints (floats come later): rounding, exponents, alternate forms.
for n in [0, 1, -1, 7, 10, 99, 100, 12345, 999999, 1000000, 123456789, -987654321, 2 ** 30]:
    print("%e|%.2e|%f|%.1f|%g|%.3g|%#g|%G" % (n, n, n, n, n, n, n, n))
print("%.0f|%.0e|%#.0e|%#.0f|%.10g|%.1g|%.20f" % (5, 5, 5, 5, 5, 15, 1))
print("%10.3e|%-12.1f|%012.2f|%+.0e|% g" % (12345, 678, -9, 3, 42))
