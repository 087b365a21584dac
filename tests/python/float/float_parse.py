# Checks float() on strings: signs, spaces, exponents, underscores, infinities and NaN in any
# case, and correctly rounded results.
for s in ("1.5", "  -2.25\n", "+3", "1e3", "1E-3", ".5", "5.", "16",
          "1_000.5", "inf", "-inf", "+INF", "Infinity", "-iNfInItY", "nan", "-NaN", "1e500",
          "-1e500", "1e-500", "2.5e-324", "000.000", "-0", "0.1", "\t 7.75 \r\n",
          "123456789012345678901234567890", "1.7976931348623157e308", "4.9e-324"):
    print(repr(s), float(s))
for s in ("", " ", "abc", "1.5.5", "1e", "e5", "--1", "1_", "_1", "1__0", "1.5j", "in f", "0x1p3"):
    try:
        print(float(s))
    except ValueError:
        print("ValueError", repr(s))
print(float(), float(0), float(-7), float(True), float(False), float(1.25))
print(float(2 ** 100), float(-(2 ** 64)), float(2 ** 53 + 1), float(10 ** 22), float(10 ** 23))
try:
    float(2 ** 1024)
except OverflowError:
    print("OverflowError")
for bad in (None, [1.0], (1,)):
    try:
        float(bad)
    except TypeError:
        print("TypeError")
