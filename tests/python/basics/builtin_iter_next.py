# Checks iter(), next() with a default, reversed() of sequences and custom classes.
it = iter([1, 2])
print(next(it), next(it), next(it, "end"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
try:
    next([1])
except TypeError:
    print("TypeError next")
try:
    iter(5)
except TypeError:
    print("TypeError iter")
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(4))), list(reversed(b"hi")))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())), list(Seq()), 20 in Seq(), 5 in Seq())
r = reversed([1, 2, 3])
print(next(r), list(r))
i = iter("ab")
print(iter(i) is i)
