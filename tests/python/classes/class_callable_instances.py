# Checks __call__ with positional, keyword, *args and **kwargs, callable() on instances, and calling through attributes.
class Adder:
    def __init__(self, base):
        self.base = base
    def __call__(self, *args, scale=1, **extra):
        return (self.base + sum(args)) * scale, sorted(extra)
add = Adder(10)
print(add(), add(1, 2), add(1, scale=3), add(*[1, 2], **{"scale": 2, "z": 0}), callable(add))
class Holder:
    pass
h = Holder()
h.fn = add
print(h.fn(5), list(map(Adder(1), [1, 2])), sorted([3, 1, 2], key=Adder(0)))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache), type(fib).__name__)
try:
    Adder()
except TypeError:
    print("TypeError")
