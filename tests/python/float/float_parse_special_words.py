# Checks float() on the words for infinity and NaN, in any case and with signs.
for text in ["inf", "-inf", "+inf", "INF", "Infinity", "-infinity", "iNfInItY", " inf ", "nan", "NaN", "-nan", "+NAN", " nan\n"]:
    x = float(text)
    print(repr(text), x, x == x, x > 0 if x == x else None)
for text in ["infinit", "infinityy", "in", "nana", "n an", "-+inf", "inf inity", "nan0", "1nan"]:
    try:
        print(repr(text), float(text))
    except ValueError:
        print(repr(text), "ValueError")
