# Checks sorted() with keys returning tuples, strings and negated numbers, on dicts, strings and generators.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[0][-1]))
scores = {"x": 3, "y": 1, "z": 2}
print(sorted(scores, key=scores.get), sorted(scores.items(), key=lambda kv: kv[1], reverse=True))
print(sorted("Hello World", key=str.lower), sorted((x % 5 for x in range(12)), reverse=True))
print(sorted([[3, 1], [1], [2, 2, 2]], key=len), sorted(["10", "9", "100"], key=int), sorted(["10", "9", "100"]))
try:
    sorted([1, 2], key=5)
except TypeError:
    print("TypeError")
try:
    sorted([1, 2], 5)
except TypeError:
    print("TypeError positional")
