# Checks NaN in containers: identity makes membership and equality of containers succeed, values don't.
nan = float("nan")
other = float("nan")
lst = [1.0, nan]
print(nan in lst, other in lst, lst == lst, [nan] == [nan], [nan] == [other], (nan,) == (nan,))
print(lst.count(nan), lst.count(other), lst.index(nan))
d = {nan: "a"}
print(nan in d, other in d, d.get(nan), d.get(other, "missing"), len({nan: 1, other: 2}))
s = {nan, nan, other}
print(len(s), nan in s)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, 1 <= nan, max(1.0, 2.0), min(nan, 1.0) != min(nan, 1.0))
print(sorted([3.0, 1.0, 2.0]), [x for x in [1.0, nan, 2.0] if x == x])
print(float("inf") in [float("inf")], float("-inf") < -2 ** 1000, float("inf") > 2 ** 1000)
