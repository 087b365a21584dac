# Checks the forms of dict(): pairs, keywords, a mapping with keywords, zip, and errors for bad items.
print(dict([("a", 1), ("b", 2)]), dict(a=1, b=2), dict({"a": 1}, b=2), dict(zip("xyz", range(3))))
print(dict([("a", 1), ("a", 2)]), dict({"a": 1}, a=3), dict(), dict([]), dict(((1, 2), [3, 4])))
print(dict(["ab", "cd"]), dict(d=dict(e=5)), dict(enumerate("pq")))
src = {"k": [1]}
copy = dict(src)
copy["k"].append(2)
copy["new"] = 0
print(src, copy, dict(src) == src, dict(src) is src)
for bad in ([1, 2], [("a",)], [("a", 1, 2)], ["abc"], 5):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
