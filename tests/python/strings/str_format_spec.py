# Format specs inside str.format: str alignment, fill, precision; int bases, signs, grouping.
print("[{:5}] [{:<5}] [{:>5}] [{:^5}] [{:*^6}] [{:.2}] [{:7.3s}]".format("ab", "ab", "ab", "ab", "ab", "abcd", "abcdef"))
print("[{:5}] [{:<5}] [{:^5}] [{:05}] [{:+}] [{: }] [{:-}]".format(42, 42, 42, 42, 42, 42, -42))
print("[{:b}] [{:o}] [{:x}] [{:X}] [{:#b}] [{:#o}] [{:#x}] [{:#X}] [{:c}] [{:d}] [{:n}]".format(*[10] * 8, 65, 10, 10))
print("[{:,}] [{:_}] [{:_x}] [{:_b}] [{:010,}] [{:>+12,}] [{:=+12,}]".format(*[123456789] * 5, 1234, 1234))
print("[{:é^7}] [{:€<4}] [{:^7}]".format("日", 5, "ñañ"))
print("[{:08.3f}] [{:.2e}] [{:.1%}] [{:g}] [{:10.4g}]".format(*[7] * 5))
print("[{0:>{1}}] [{0:{2}{1}}]".format("x", 4, "<"))
print("{:}|{:s}|{:}".format("plain", "s-type", 3), "{:>3}{:>3}{:>3}".format(1, 22, 333))
table = [("apple", 3, 120), ("kiwi", 12, 45), ("watermelon", 1, 3000)]
for name, count, grams in table:
    print("{:<10}|{:>4}|{:>7,}|{:>6x}".format(name, count, grams, grams))
print("{:_^20}".format(" centred "), "{:>#10b}".format(5), "{:<#10o}".format(8))
