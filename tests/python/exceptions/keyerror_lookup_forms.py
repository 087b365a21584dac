# Checks KeyError from dicts, sets and pops: args hold the key, str() is its repr, LookupError catches it.
cases = [lambda: {}["name"], lambda: {}[("a", 1)], lambda: {}[5], lambda: {1: 2}.pop(3), lambda: {1}.remove(2),
         lambda: {}[None], lambda: {}[""], lambda: {}[frozenset()]]
for case in cases:
    try:
        case()
    except LookupError as e:
        print(type(e).__name__, e.args, str(e))
try:
    {}.popitem()
except KeyError as e:
    print("popitem", type(e).__name__)
d = {"k": 1}
try:
    d["K"]
except KeyError as e:
    print(repr(e), e.args[0] == "K")
