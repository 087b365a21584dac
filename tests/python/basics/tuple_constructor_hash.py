# Checks tuple(): from any iterable, a tuple is returned as it is, hashing of nested tuples, comparisons by length.
t = (1, 2)
print(tuple(t) is t, tuple([1, 2]), tuple("ab"), tuple({1: 2}), tuple(range(3)), tuple(x * 2 for x in "ab"), tuple())
print(hash((1, (2, 3))) == hash((1, (2, 3))), hash((1, "a")) == hash((1.0, "a")), (1, 2) == (1, 2.0))
print((1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1, "a") < (1, "b"), (1, 2) == [1, 2], (1,) != (1.0,))
print(min((3, "c"), (1, "z"), (1, "a")), sorted([(2, 1), (1, 2), (1, 1)]), (1, 2) + (3,), (0,) * 3)
print(t.count(1), t.index(2), len(((),)), ((),) == ((),), ((1,),)[0][0])
for bad in (lambda: hash(([],)), lambda: (1, 2) < (1, "a"), lambda: tuple(5), lambda: t[5], lambda: t.index(9)):
    try:
        bad()
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__)
