# Checks complex() from numbers: one or two arguments of int, float, bool or complex, and the
# negative zeros that real + imag * 1j would lose.
print(complex(), complex(1), complex(2.5), complex(True), complex(1, 2), complex(1.5, -0.5), complex(2 ** 60, 1))
print(complex(1j), complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(0, -0.0), complex(-0.0, 0), complex(1, -0.0))
z = 1 + 2j
print(complex(z) is z, complex(z, 0), complex(3, 4), complex(-0.0), complex(0.5, 2.5j))
for bad in [lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex(None), lambda: complex([1]), lambda: complex(1, 2, 3)]:
    try:
        bad()
    except TypeError:
        print("TypeError")
