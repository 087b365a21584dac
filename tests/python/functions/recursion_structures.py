# Recursion over nested data, recursive generators and closures, memoisation, and runaway recursion.
class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def total(self):
        return self.value + sum(c.total() for c in self.children)

    def __repr__(self):
        if not self.children:
            return "N(%r)" % self.value
        return "N(%r, %s)" % (self.value, ", ".join(repr(c) for c in self.children))


def flatten(value):
    if isinstance(value, (list, tuple)):
        out = []
        for item in value:
            out.extend(flatten(item))
        return out
    return [value]


print(flatten([1, [2, [3, [4, (5, 6)]], 7], [[[]]], 8]))


def depth(value):
    if isinstance(value, list):
        return 1 + max([depth(v) for v in value], default=0)
    return 0


print(depth([]), depth([1, [2, [3]]]), depth([[[[[]]]]]))


def walk(tree, prefix=""):
    name, children = tree
    yield prefix + name
    for child in children:
        yield from walk(child, prefix + "  ")


tree = ("root", [("a", [("a1", []), ("a2", [("a2x", [])])]), ("b", [])])
for line in walk(tree):
    print(line)


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1 :]):
            yield [items[i]] + rest


print(["".join(p) for p in permutations("abc")])


def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + r for r in rest]


print(sorted(subsets([1, 2, 3])))


def memo_fib():
    cache = {}

    def fib(n):
        if n in cache:
            return cache[n]
        result = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = result
        return result

    return fib, cache


fib, cache = memo_fib()
print(fib(60), len(cache))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print([is_even(n) for n in range(6)], is_odd(101))


def count_down(n, acc=None):
    if acc is None:
        acc = []
    if n < 0:
        return acc
    acc.append(n)
    return count_down(n - 1, acc)


print(count_down(5))

# Recursive lambda through its own name.
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print([fact(n) for n in range(8)])


t = Node(1, Node(2, Node(4)), Node(3, Node(5), Node(6, Node(7))))
print(t.total(), t)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([ackermann(2, n) for n in range(4)])


# Runaway recursion raises an exception instead of crashing, and the interpreter goes on.
def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RuntimeError as e:
    print("runaway recursion:", isinstance(e, RuntimeError))
print("still running", fact(5))


def binary_search(items, target, lo=0, hi=None):
    if hi is None:
        hi = len(items)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return binary_search(items, target, mid + 1, hi)
    return binary_search(items, target, lo, mid)


data = list(range(0, 40, 3))
print([binary_search(data, v) for v in (0, 3, 20, 21, 39, 100)])
