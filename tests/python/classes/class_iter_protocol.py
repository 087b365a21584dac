# Checks classes implementing the iterator protocol with __iter__/__next__, reuse and exhaustion.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), next(Countdown(1)), next(iter(Countdown(0)), "empty"))
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)), dict(zip("abc", Countdown(3))))
a, b, *rest = Countdown(5)
print(a, b, rest)
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n))
r = Range2(3)
print(list(r), list(r), [x * y for x in r for y in r][:4], 2 in r)
