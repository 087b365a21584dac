# Checks min/max with key, default and several arguments, and which of equal items they return.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min((2, 1), (1, 9)))
print(min([], default="none"), max((), default=0), min([7], default=0))
print(max(["aa", "b", "cc"], key=len), min(["aa", "b", "cc"], key=len), max(-3, 2, key=abs))
pairs = [(1, "first"), (1, "second"), (0, "third"), (0, "fourth")]
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]))
print(min(1, 1.0), max(1.0, 1), max(True, 1), min(0, False))
for call in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max(1, "a")]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
print(max(x * x % 7 for x in range(10)), min(iter([5, 3, 8])), max({3: 0, 9: 0}))
print(max([1, 2], [1, 2, 0]), min("b", "ab", "abc"))
