# Checks what None supports: identity, equality, truthiness, repr, hashing, and TypeError for arithmetic and ordering.
print(None is None, None == None, None != 0, not None, bool(None), repr(None), str(None), type(None).__name__)
print(None in [None], [None] * 2, {None: 1}[None], hash(None) == hash(None), None == False, None == "")
for bad in (lambda: None + 1, lambda: None < 1, lambda: None > None, lambda: -None, lambda: None(),
            lambda: None[0], lambda: len(None), lambda: iter(None)):
    try:
        bad()
    except TypeError:
        print("TypeError")
def nothing():
    pass
print(nothing() is None, [].append(1) is None, print() is None)
