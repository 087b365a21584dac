# Checks iter(callable, sentinel): calls until the sentinel comes, then stays exhausted.
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
it = iter(tick, 6)
print(next(it), next(it), next(it, "done"), next(it, "still done"), counter[0])
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
class Reader:
    def __init__(self):
        self.chunks = [b"ab", b"cd", b""]
    def __call__(self):
        return self.chunks.pop(0)
print([chunk for chunk in iter(Reader(), b"")])
print(sum(iter(iter([1, 2, 3, None, 9]).__next__, None)))
try:
    iter(5, 0)
except TypeError:
    print("TypeError")
