# str.join over lists, tuples, strings, generators and other iterables.
print(",".join(["a", "b", "c"]), "".join(("x", "y")), "-".join("abc"), "+".join([]))
print(", ".join(str(i) for i in range(5)), "|".join(["only"]), "ab".join(["1", "2", "3"]))
print(" ".join({"k": 1, "v": 2}), "".join(map(str, [1, 2, 3])), "/".join(["", "", ""]))
print("é".join(["a", "b"]), "-".join(["日本", "語"]), "".join(["😀"] * 3), len("€".join(["a"] * 4)))
print("".join(reversed("stressed")), ",".join(sorted(["b", "a", "c"])))
for bad in [["a", 1], [None], 5, ["a", ["b"]]]:
    try:
        print(",".join(bad))
    except TypeError:
        print("TypeError")
words = ["x"] * 1000
print(len("--".join(words)))
