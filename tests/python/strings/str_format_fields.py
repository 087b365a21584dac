# str.format field names: indexes and keys in brackets, attributes, chains of both, conversions.
data = {"a": 1, "1": "str key", 1: "int key"}
print("{0[a]} {0[1]}".format(data), "{d[2]}".format(d={2: "two"}))
print("{0[0]} {0[-1]}".format({"-1": "minus", 0: "zero"}))
print("{0[1]} {0[0][1]}".format([["x", "y"], "z"]), "{0[2]}".format("abc"), "{t[1]}".format(t=(5, 6)))
s = slice(1, 10, 2)
print("{0.start} {0.stop} {0.step}".format(s), "{s.stop}".format(s=s), "{.start}".format(s))
print("{0[0].stop}".format([slice(3)]), "{0.args[0]}".format(ValueError("msg")))
print("{0!r} {0!s} {0!a}".format("é"), "{!r}".format(1), "{!a}".format("x\u20acy"))
print("{!r:>8}|{!s:<6}|".format("ab", "cd"), "{0!r:^9}".format(None))
print("{!a}".format(["ü", "😀"]), "{!r}".format("tab\there"))
def show(fmt, *args, **kwargs):
    try:
        print(repr(fmt.format(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__)
show("{0[5]}", [1])
show("{0[x]}", {})
show("{0.nope}", 1)
show("{0.}", 1)
show("{0[]}", [1])
show("{0[0]x}", [1])
show("{0[0}", [1])
show("{0!x}", 1)
show("{0!}", 1)
show("{0!rr}", 1)
show("{0!", 1)
show("{0[-1]}", "ab")
