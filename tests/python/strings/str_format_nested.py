# Replacement fields nested in a format spec: widths, precisions and whole specs from arguments.
print("[{:{}}]".format("a", 5), "[{:>{}}]".format("a", 5), "[{:{}{}}]".format("a", ">", 4))
print("[{:{w}.{p}}]".format("abcdef", w=6, p=2), "[{0:{1}.{2}}]".format("abcdef", 5, 3))
print("[{:{fill}^{width}}]".format("mid", fill="*", width=9), "[{0:{spec}}]".format(255, spec="#x"))
for width in range(1, 5):
    print("[{0:>{1}}|{0:<{1}}|{0:^{1}}]".format("ab", width))
print("[{:{}}]".format(7, ""), "[{:{}>{}}]".format(3, 0, 4))
for fmt in ["{:{:{}}}", "{:{}", "{:{{}}}"]:
    try:
        print(fmt.format("a", 5, 3))
    except ValueError:
        print("ValueError")
