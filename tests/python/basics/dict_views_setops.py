# Checks dict keys() and items() views as sets: & | - ^ with sets and iterables, comparisons, isdisjoint.
d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
it = d.items()
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}))
print(sorted({"a", "z"} & k), sorted({"z"} | k), sorted({"a", "q"} - k), sorted(k & ["b", "c", "x"]))
print(sorted(it & {("a", 1), ("b", 5)}), sorted(it - {("a", 1)}), sorted(it | [("z", 0)]))
print(type(k & k).__name__, type(it - it).__name__, sorted(k & d.keys()), k - k)
print(k == {"a", "b", "c"}, k != {"a"}, k < {"a", "b", "c", "d"}, k <= {"a", "b", "c"}, k > {"a"}, k >= set("abc"))
print({"a", "b", "c"} == k, it == {("a", 1), ("b", 2), ("c", 3)}, k == ["a", "b", "c"], k == d.keys())
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]), it.isdisjoint([("a", 1)]), it.isdisjoint([("a", 2)]))
print("a" in k, ("a", 1) in it, ("a", 2) in it, ("zz", 1) in it, 1 in d.values(), 5 in d.values())
d["d"] = 4
print(sorted(k - {"a"}), len(k), len(it), bool({}.keys()))
v = k
v &= {"a", "d"}
print(sorted(v), type(v).__name__, len(k))
try:
    d.values() & d.values()
except TypeError:
    print("TypeError")
