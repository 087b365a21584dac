# Checks __missing__ on dict subclasses: d[key] asks it for absent keys; get, in and pop do not.
class Default(dict):
    def __missing__(self, key):
        return key * 2
d = Default(a=1)
print(d["a"], d["bb"], d.get("zz"), "bb" in d, len(d), d.get("a"))
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
for word in "the cat and the hat and the bat".split():
    c[word] += 1
print(sorted(c.items()))
class Strict(dict):
    def __missing__(self, key):
        raise KeyError("no " + key)
try:
    Strict()["x"]
except KeyError as e:
    print("KeyError", e.args)
try:
    Default().pop("x")
except KeyError:
    print("KeyError from pop")
class Plain(dict):
    pass
try:
    Plain()["x"]
except KeyError as e:
    print("KeyError", e)
