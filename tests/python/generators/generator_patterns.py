# Generators used as Python programs use them: pipelines, infinite sequences,
# coroutines fed with send, and recursion.


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item


print(list(take(10, fibonacci())))


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


print(list(take(5, evens(fibonacci()))))


def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node


print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))


def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total // count


avg = averager()
next(avg)
print([avg.send(v) for v in (10, 20, 30, 40)])


def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest


print(list(permutations([1, 2, 3])))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", [1, 2], range(2))))


def counter():
    count = 0
    while True:
        count += 1
        received = yield count
        if received == "reset":
            count = 0


c = counter()
print(next(c), next(c), c.send("reset"), next(c))


# A generator's locals survive between yields; each call has its own.
def accumulate(values):
    total = 0
    for v in values:
        total += v
        yield total


a1 = accumulate([1, 2, 3])
a2 = accumulate([10, 20])
print(next(a1), next(a2), next(a1), next(a2), next(a1))


# Return inside try/finally in a generator.
def with_finally():
    try:
        yield 1
        return
    finally:
        print("finally ran")


print(list(with_finally()))
gen = with_finally()
print(type(gen).__name__)
