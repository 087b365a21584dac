# Checks the errors of sets: unhashable items, removing a missing item, popping an empty set, bad operands.
s = {1, 2}
for bad in (lambda: s.add([1]), lambda: set([[1]]), lambda: s.remove(9), lambda: set().pop(),
            lambda: {1} | [2], lambda: {1} - "a", lambda: s < [1], lambda: {[]: 1},
            lambda: s.update(5), lambda: frozenset([{}])):
    try:
        bad()
        print("no error")
    except (TypeError, KeyError) as e:
        print(type(e).__name__)
print([1] in [[1]], s.discard(9), s, {1} == [1], {1} != [1])
try:
    s.remove(3)
except KeyError as e:
    print("KeyError", e.args)
