# Methods of built-in types called through the type check their first
# argument: a wrong one is a TypeError, and a subclass instance works.
calls = [
    lambda: list.append(5, 1),
    lambda: list.sort("abc"),
    lambda: dict.keys(5),
    lambda: dict.get([], 1),
    lambda: list.append(),
]
for call in calls:
    try:
        call()
    except TypeError:
        print("TypeError")


class L(list):
    pass


class D(dict):
    pass


items = L()
list.append(items, 3)
list.extend(items, [1, 2])
list.sort(items)
d = D()
dict.update(d, {"k": 1})
print(items, dict.get(d, "k"), list.index([7, 8], 8))
