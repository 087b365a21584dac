# Checks any/all on empty inputs, generators with short-circuiting and truthiness of items.
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(iter([0, 0, 3])), all((1, 0)))
seen = []
def gen(values):
    for v in values:
        seen.append(v)
        yield v
print(any(gen([0, 0, 5, 0, 7])), seen)
seen.clear()
print(all(gen([1, 2, 0, 4])), seen)
seen.clear()
print(all(x > 0 for x in gen([3, 2, 1])), seen)
print(any(x == "b" for x in "abc"), all(c.isdigit() for c in "12a"), any({}), all({0: 1}))
