# Checks exceptions from __iter__ and __next__ in for loops: StopIteration ends the loop, others propagate.
class Countdown:
    def __init__(self, n, fail_at=None):
        self.n = n
        self.fail_at = fail_at
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == self.fail_at:
            raise KeyError(self.n)
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
seen = []
try:
    for x in Countdown(5, fail_at=2):
        seen.append(x)
except KeyError as e:
    print("KeyError", e, seen)
class BadIter:
    def __iter__(self):
        raise RuntimeError("no iterator")
try:
    for _ in BadIter():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
class NotIterator:
    def __iter__(self):
        return 5
try:
    iter(NotIterator())
    print("no error")
except TypeError:
    print("TypeError")
