# The format() builtin on str, int, bool and other values; the spec must be a str.
print(format("abc"), format("abc", ""), format("abc", ">5"), format("abc", "^7"), format("abc", ".1"))
print(format(42), format(42, ""), format(42, "d"), format(-42, "+"), format(42, "08b"), format(42, "#o"))
print(format(True), format(False, ""), format(True, "d"), format(True, ">3"), format(False, "x"))
print(format(None), format([1, "a"]), format((1,)), format({"k": None}), format(range(3)))
print(format(1234567, ","), format(1234567, "_"), format(-1234567, "015,"), format(255, "_X"))
print(format(7, "e"), format(7, ".3f"), format(7, "%"), format(7, "g"), format(7, "010.2f"))
print(format(0, "c") == "\x00", format(233, "c"), format(0x1F600, "c"), format(97, "5c"))
print(format("日本", "*^6"), format("é", "é>3"), format(5, "€^5"))
for args in [(None, ">5"), ([1], "s"), (1, 2), ("a", None), (5, ".2"), ("a", "d"), (1, "s")]:
    try:
        print(format(*args))
    except Exception as e:
        print(type(e).__name__)
try:
    format()
except TypeError:
    print("TypeError")
