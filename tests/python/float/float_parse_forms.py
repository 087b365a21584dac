# Checks the text float() accepts: signs, points, exponents, underscores and surrounding space.
for text in ["1", "+1.5", "-.5", "5.", "1e5", "1E-5", "1.5e+3", "  2.5  ", "\t3\n", "1_000.5", "1_0e1_0", "0.000_1", "00012", "-0", "+0.0e0", "1e-400", "1e400", "4.9e-324", "2.4e-324"]:
    print(repr(text), float(text))
for text in ["", " ", "1.5.", "e5", "1e", "1e+", "--1", "+-1", "1_", "_1", "1__0", "1._5", "1e_5", "0x10", "1,5", "1 5", "١٢", "inf5", "."]:
    try:
        print(repr(text), float(text))
    except ValueError:
        print(repr(text), "ValueError")
