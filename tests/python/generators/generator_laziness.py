# Laziness: pipelines of generators run item by item, errors appear only when values are pulled.
log = []


def numbers(n):
    for i in range(n):
        log.append("produce %d" % i)
        yield i


def squares(source):
    for v in source:
        log.append("square %d" % v)
        yield v * v


pipeline = squares(numbers(3))
print(log)  # nothing ran yet
print(next(pipeline), log)
log.clear()
print(list(pipeline), log)
log.clear()

# Generator expressions interleave the same way.
gen = (v + 1 for v in (log.append("inner %d" % w) or w for w in range(2)))
print(log)
print(list(gen), log)
log.clear()

# Errors in the element expression are deferred until that element is pulled.
g = (10 // v for v in [5, 2, 0, 1])
print(next(g), next(g))
try:
    next(g)
except ZeroDivisionError:
    print("ZeroDivisionError on the third element")
print(list(g))  # a generator that raised is finished

# The condition runs lazily too.
def check(v):
    log.append("check %d" % v)
    return v % 2 == 0


evens = (v for v in range(6) if check(v))
print(next(evens), log)
print(next(evens), log)
log.clear()

# zip pulls from its arguments in turn and stops at the shortest.
a = numbers(5)
b = iter("xy")
print(list(zip(a, b)), log)
print(next(a), "(one extra item was consumed by zip)")
log.clear()

# 'in' consumes a generator up to the match.
g = numbers(10)
print(3 in g, next(g), log)
log.clear()

# A generator over a list sees changes made before the items are reached.
items = [1, 2, 3]
g = (v * 10 for v in items)
items.append(4)
print(next(g))
items[1] = 99
print(list(g))

# Infinite generators are fine as long as the consumer stops.
def naturals():
    n = 0
    while True:
        yield n
        n += 1


def take(n, it):
    out = []
    for v in it:
        if len(out) == n:
            break
        out.append(v)
    return out


print(take(5, (n * n for n in naturals() if n % 3)))
print(take(3, naturals()), any(n > 100 for n in naturals()))

# Nothing in a generator body runs until the first next(), not even code before the first yield.
def noisy():
    log.append("started")
    yield "first"


g = noisy()
print(log)
print(next(g), log)
log.clear()

# A generator is a single-pass iterator: iter() returns itself.
g = numbers(2)
print(iter(g) is g, list(g), list(g))
log.clear()

# Two consumers of one generator share its items.
g = numbers(6)
first_half = [next(g) for _ in range(3)]
print(first_half, list(g))
log.clear()

# sum/min/max/sorted consume the whole generator; next with a default never raises.
print(sum(numbers(4)), len(log))
log.clear()
print(max(v % 3 for v in range(10)), sorted((-v for v in range(4))))
print(next((v for v in [] if v), "nothing"))
