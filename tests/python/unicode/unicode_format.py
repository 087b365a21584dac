# Formatting pads and aligns by characters.
for word in ["é", "日本", "𝄞x", "abc"]:
    print("[%5s][%-5s]" % (word, word), "[{:^6}]".format(word), f"[{word:*>6}]", f"[{word!r:>8}]")
print("{:.2}".format("éèê"), "%.1s" % "ü!", f"{'✓':✓^5}")
print("%c%c%c" % (233, 10003, "ü"), "{0}{1}{0}".format("α", "β"))
