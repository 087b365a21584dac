# Checks tuple literals, indexing, len, membership, iteration, concatenation and tuple().
t = (1, 2, 3)
print(t, len(t), t[0], t[2], t[-1], t[-3])
print((), (1,), (1, 2), ((1, 2), (3,)), len(()))
u = 4, 5
print(u, type(u))
print(t + u, u + t, () + (), t + ())
print(2 in t, 9 in t, 9 not in t, (1, 2) in ((1, 2), (3,)))
for item in ("a", 1, None, (2,)):
    print(item)
n = ("x",) + ("y",)
print(n)
print(tuple(), tuple([1, 2, 3]), tuple("abc"), tuple(range(5)), tuple((7, 8)))
nested = (1, (2, (3, (4,))))
print(nested[1][1][1][0], len(nested), len(nested[1]))
print(t == (1, 2, 3), t != (1, 2, 3), t == [1, 2, 3])
mixed = (1, "two", [3], None, True)
print(mixed, len(mixed))
mixed[2].append(4)
print(mixed)
try:
    t[0] = 5
except TypeError:
    print("TypeError on item assignment")
try:
    print(t[3])
except IndexError:
    print("IndexError")
try:
    print(t[-4])
except IndexError:
    print("IndexError negative")
total = 0
for v in tuple(range(1, 11)):
    total += v
print(total)
acc = ()
for i in range(5):
    acc = acc + (i * i,)
print(acc)
print(bool(()), bool((0,)), type(()))
print(repr((1, "a")), str((None, "b")))
