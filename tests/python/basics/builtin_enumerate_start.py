# Checks enumerate(): start positions (negative, big, by keyword), over iterators and generators, and next().
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-2)))
print(list(enumerate([], 5)), list(enumerate(range(3), 10 ** 20))[-1], list(enumerate(x * x for x in range(3))))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "end"), iter(e) is e)
for i, (a, b) in enumerate(zip("pq", "rs"), start=1):
    print(i, a, b)
d = dict(enumerate("hey"))
print(d, {v: k for k, v in enumerate("hey")})
try:
    enumerate(5)
except TypeError:
    print("TypeError")
try:
    enumerate("a", "b")
except TypeError:
    print("TypeError")
