# str.format_map: fields come from a mapping, positional fields are errors.
print("{a} {b}".format_map({"a": 1, "b": 2}), "{a[0]}".format_map({"a": "xyz"}))
print("{x:>4}|{y!r}".format_map({"x": 7, "y": "s"}), "no fields".format_map({}))
for fmt, mapping in [("{}", {}), ("{0}", {"0": 1}), ("{missing}", {}), ("{a}", [1])]:
    try:
        print(fmt.format_map(mapping))
    except Exception as e:
        print(fmt, type(e).__name__)
try:
    print("{a}".format_map())
except TypeError:
    print("TypeError")
