# Checks that methods of built-in types called through the type with the wrong kind of self raise TypeError.
calls = [
    lambda: set.add(5, 1), lambda: set.union([], [1]), lambda: frozenset.union(5),
    lambda: frozenset.copy(set()), lambda: set.intersection_update(frozenset(), [1]),
    lambda: tuple.count(5, 1), lambda: tuple.index([1], 1), lambda: slice.indices(5, 3),
    lambda: list.append(5, 1), lambda: dict.get(5, 1), lambda: range.count(5, 1),
    lambda: property.getter(5, len), lambda: BaseException.__init__(5),
    lambda: Exception.__init__([]), lambda: str.upper(5), lambda: bytes.hex(5),
    lambda: type({}.keys()).isdisjoint(5, []), lambda: {}.keys().isdisjoint(5),
]
for i, call in enumerate(calls):
    try:
        call()
        print(i, "no error")
    except TypeError:
        print(i, "TypeError")
# Through the type with the right kind of self, they work, also on subclass instances.
class S(set):
    pass
s = S([1])
set.add(s, 2)
print(sorted(s), tuple.count((1, 1, 2), 1), slice.indices(slice(1, None), 4), frozenset.union(frozenset([1]), [2]) == {1, 2})
