# Checks str.format, f-strings and % padding with non-ASCII text, counting characters not bytes.
w = "é€😀"
print("[%5s]" % w, "[%-5s]" % w, "[%.2s]" % w, "[%5.1s]" % w)
print("[{:>6}]".format(w), "[{:<6}]".format(w), "[{:^7}]".format(w), "[{:*^7}]".format(w), "[{:.2}]".format(w))
print(f"[{w:>6}]", f"[{w:é<5}]", f"[{w!r}]", f"[{w!a}]", f"[{'日本':→^6}]")
print(w.center(7, "·"), w.ljust(5, "€"), w.rjust(4), w.zfill(5), "-é".zfill(4))
print("{0}{1}{0}".format("ü", "ö"), "%c%c" % ("é", 0x1F600), "{:c}".format(0x20AC))
print(format("ñ", "^5"), format("ñ", "_>3"), len(f"{w:10}"))
