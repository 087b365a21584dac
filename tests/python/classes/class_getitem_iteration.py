# A class with __getitem__ but no __iter__ iterates by index until IndexError.
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 11


class Words:
    def __init__(self, words):
        self.words = words

    def __getitem__(self, i):
        return self.words[i]


print(list(Seq()), 22 in Seq(), 5 in Seq(), [x for x in Seq()])
print(sorted(Words(["b", "c", "a"])), "-".join(Words(["x", "y"])))
for w in Words([]):
    print("never")
it = iter(Seq())
print(next(it), next(it), next(it), next(it, "end"), next(it, "end"))


class A:
    def m(self):
        return "m"


a = A()
print(a.m.__self__ is a, a.m.__func__ is A.m, a.m.__name__, a.m())
