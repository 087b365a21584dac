# Checks dict equality: order does not matter, values compare with ==, and dicts never equal other types.
a = {"x": 1, "y": [1, 2]}
b = {"y": [1, 2], "x": 1}
print(a == b, a != b, a == {"x": 1}, a == {"x": 1, "y": [1, 2, 3]}, {} == {})
print({1: "a"} == {1.0: "a"}, {True: 1} == {1: 1}, {1: 1} == [(1, 1)], {1: 1} == {1: 1.0})
print({"k": float("nan")} == {"k": float("nan")}, {(1, 2): {3: 4}} == {(1, 2): {3: 4}})
print(a.keys() == b.keys(), list(a.values()) == list(b.values()), a.items() == b.items())
for bad in (lambda: {} < {}, lambda: {1: 2} > {}, lambda: {} <= {1: 1}):
    try:
        bad()
    except TypeError:
        print("TypeError")
