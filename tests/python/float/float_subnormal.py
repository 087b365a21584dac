# Checks the smallest floats: subnormals print, parse and compute like CPython's, and underflow
# goes to zero.
tiny = 5e-324
print(tiny, tiny * 2, tiny * 3, tiny / 2, tiny * 0.6, 2.2250738585072014e-308, 2.2250738585072009e-308)
print(1e-310, 1.5e-315, 2.5e-320, 1e-323, 4e-324, 2e-324, 3e-324, 7.4e-324, 7.5e-324)
print(float("4.9406564584124654e-324"), float("2.4703282292062328e-324"), float("2.4703282292062327e-324"))
x = 1.0
count = 0
while x > 0:
    x /= 2
    count += 1
print(count, x)
x = 1.0
for i in range(1074):
    x /= 2
print(x, x == tiny, x / 2)
print(2.2250738585072014e-308 / 2, 2.2250738585072014e-308 * 0.5 * 2)
