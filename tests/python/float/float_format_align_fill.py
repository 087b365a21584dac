# Checks fill characters and the alignments < > ^ = with floats, including sign-aware padding.
x = -12.75
for spec in ["10", "<10", ">10", "^10", "=10", "*<10", "*>10", "*^10", "*=10", "010", "+010", " 10"]:
    print(repr(format(x, spec)), repr(format(-x, spec)))
print(repr(format(1.5, "é^9")), repr(format(1.5, "0^9")), repr(format(1.5, "0<9")), repr(format(-1.5, "0=9")))
print(repr(format(2.5, "^1")), repr(format(2.5, "=+8.2f")), repr(format(2.5, "_^12,.2f")))
print("[{:^11.3f}] [{:~>11}] [{:0=+11.1e}]".format(3.14159, 2.5, 12345.0))
