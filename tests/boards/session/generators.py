# Generators: yield, send, yield from, generator expressions, closing.
def countdown(n):
    while n > 0:
        yield n
        n -= 1


def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(countdown(5)), sum(x * x for x in range(10)))
avg = averager()
next(avg)
print([avg.send(v) for v in (2, 4, 9)])
print(list(chain("ab", range(3), countdown(2))))
squares = (n * n for n in range(100) if n % 7 == 0)
print(next(squares), next(squares), list(squares)[-1])


def tracked():
    try:
        yield 1
        yield 2
    finally:
        print("closed")


g = tracked()
print(next(g))
g.close()
print(list(zip(countdown(3), "xyz")), dict(enumerate(countdown(2))))
