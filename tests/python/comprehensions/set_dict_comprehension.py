# Set and dict comprehensions.
print(sorted({x % 4 for x in range(20)}))
print(sorted({c for c in "mississippi"}))
print({x: x * x for x in range(5)})
print({k: v for k, v in zip("abcd", range(4)) if v % 2 == 0})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print({w[0]: len(w) for w in words})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print(len({x for x in range(1000)}))
d = {str(i): i for i in range(3)}
print(d, type(d).__name__)
s = {i for i in []}
print(s == set(), type(s).__name__)
