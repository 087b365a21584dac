# Checks float() and float literals with single precision: text is rounded once, straight to
# the nearest single (never through a double, which could round twice).
# The .exp holds what IEEE singles give (a build with --//objects:float=single), worked out in
# CPython by rounding each operation with struct.pack("f"); CPython itself computes in double.
print(float("0.1"), float(" 1e5 "), float("-Infinity"), float("nan"), float("1_000.5"))
print(float("3.4028235e38"), float("3.4028236e38"))
print(float("340282356779733661637539395458142568447"))
print(float("340282356779733661637539395458142568448"))
print(float("1e-46"), float("7e-46"), float("8e-46"), float("-1e-50"))
print(float("1.00000005960464477550"), float("1.0000000596046447753"))
print(0.1 == float("0.1"), 1.00000006, 0.99999997, 1_000_000.000_1)
for text in ("abc", "1e", "", "1.2.3", "0x10", "1__0"):
    try:
        float(text)
    except ValueError:
        print("ValueError")
