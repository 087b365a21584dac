# Checks complex() from numbers, two arguments and strings.
print(complex(), complex(1), complex(1.5), complex(True), complex(2, 3), complex(2.5, -1))
print(complex(1j), complex(1 + 2j, 1j), complex(1, 2j), complex(1j, 1j), complex(2 ** 70))
print(complex(1, -0.0), complex(-0.0, 0), complex(0.0, 0.0))
for s in ("1", "1+2j", "1-2j", "-1.5e3+2.5e-3j", "3j", "-j", "+j", "j", " (1+1j) ", "(2j)",
          "1e5j", "1e-5-1e+5j", "inf+nanj", "-infj", "1_000+2_000j", "0.5J"):
    print(repr(s), complex(s))
for s in ("", "1+", "1+2", "abc", "1+2jj", "(1+2j", "1 + 2j", "++1j", "j1"):
    try:
        print(complex(s))
    except ValueError:
        print("ValueError", repr(s))
for args in (("1", 2), (None,), ([1],)):
    try:
        print(complex(*args))
    except TypeError:
        print("TypeError")
