# Checks repr and str of complex numbers: parts without ".0", a bare imaginary part when the
# real part is +0, signs of zeros, infinities and NaN.
for z in (1j, 2j, -2j, 1.5j, 1 + 2j, 1 - 2j, -1 - 2j, 1.5 + 0.25j, 0j, -0j, 1e16j, 1e-7 + 1e20j,
          complex(0.0, -0.0), complex(-0.0, 1), complex(-0.0, -0.0), complex(1, float("inf")),
          complex(float("nan"), 1), complex(1, float("nan")), complex(1, float("-inf")),
          0.1 + 0.2j, 1 / 3 + 2j / 3, complex(123456789012345678, 1)):
    print(repr(z), str(z))
print([1j, 2 + 3j], (1 - 1j,), {"z": -1j})
print(type(1j), type(1 + 1j), (3j).real, (3j).imag, (1 + 2j).real, (1 - 2j).imag)
print(1J, 1_0j, 1e2j, .5j, 5.j)
