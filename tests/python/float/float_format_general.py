# Checks format specs with type g and G: significant digits, the switch to exponent notation, '#'.
for x in [0.0, 1.0, 0.0001, 0.00001, 123456.0, 1234567.0, 1e16, 1.5e-7, 100.0, 0.1 + 0.2]:
    print(format(x, "g"), format(x, ".3g"), format(x, ".10g"), format(x, "G"), format(x, "#g"), format(x, "#.3g"))
print(format(9.9995, ".4g"), format(9.9994, ".4g"), format(999999.5, "g"), format(0.0001234, ".2g"))
print(format(1e-5, ".0g"), format(123.0, ".1g"), format(123.0, "#.1g"), format(-1e-10, "+g"))
print(format(12345.678, "12.4g") + "|", format(12345.678, "<12.7G") + "|", format(-0.5, "08.3g"))
