# Checks hash(): equal values hash alike across types, tuples by their items, and unhashable types raise TypeError.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False), hash(-0.0) == hash(0))
print(hash((1, 2)) == hash((1.0, 2)), hash("ab") == hash("a" + "b"), hash(b"ab") == hash(bytes([97, 98])))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(()) == hash(()), hash(None) == hash(None))
print(hash(7), hash(-7), hash(True), type(hash("x")).__name__, type(hash(1.5)).__name__)
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return self.k == other.k
    def __hash__(self):
        return hash(self.k)
print(hash(Key(3)) == hash(3), {Key(1): "a"}[Key(1)], len({Key(1), Key(1), Key(2)}))
for bad in ([], {}, set(), bytearray(), ([1],), (1, {2: 3}), Key.__eq__):
    try:
        hash(bad)
        print("hashable", type(bad).__name__)
    except TypeError:
        print("TypeError", type(bad).__name__)
