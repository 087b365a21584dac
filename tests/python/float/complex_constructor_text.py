# Checks complex() from text: signs, parentheses, spaces, j alone, exponents, and bad forms.
for text in ["1+2j", "(1+2j)", " ( -1.5e3-2.5e-3j ) ", "3j", "-j", "+j", "j", "4", "-4.5", "1e3j", "1_000+2_0j", "inf+nanj", "-infj", "1E+2-3E-2J"]:
    print(repr(text), complex(text))
for text in ["", "()", "1+", "1+2", "1 + 2j", "1+2jj", "(1+2j", "1+2j)", "j1", "1+j2", "2i", "1e+j", "((1))", "1_+2j"]:
    try:
        print(repr(text), complex(text))
    except ValueError:
        print(repr(text), "ValueError")
