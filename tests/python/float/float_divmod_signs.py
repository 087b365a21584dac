# Checks divmod, // and % on floats and mixed int/float operands with every sign combination.
for a in [7, -7, 7.5, -7.5, 0.0, -0.0, 1e-300]:
    for b in [2, -2, 2.5, -2.5, 0.75]:
        q, r = divmod(a, b)
        print(a, b, q, r, a // b == q, a % b == r, q * b + r)
print(divmod(1e300, 1e-300)[0] == float("inf"), divmod(-1.0, float("inf")), divmod(1.0, float("-inf")))
