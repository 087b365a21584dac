# Checks float % in edge cases: signed zeros, infinities, NaN and tiny or huge operands.
inf = float("inf")
print(5.0 % inf, -5.0 % inf, 5.0 % -inf, -5.0 % -inf, 0.0 % 3, -0.0 % 3, 0.0 % -3, -0.0 % -3)
print(6.0 % 3, -6.0 % 3, 6.0 % -3, -6.0 % -3.0, 1e308 % 3.0, 3.0 % 1e308, -3.0 % 1e308)
print(5e-324 % 1.0, -5e-324 % 1.0, 0.1 % 0.01, 1.0 % 0.1, -1.0 % 0.1, 2 ** 60 % 0.5)
print(repr(inf % 2) , repr(float("nan") % 2), repr(2 % float("nan")))
