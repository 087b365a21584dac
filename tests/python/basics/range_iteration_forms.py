# Checks iterating ranges: negative steps, empty ranges, big steps, reversed(), iterators that are independent.
print(list(range(5, -5, -3)), list(range(0)), list(range(3, 3)), list(range(3, 0)), list(range(-3)))
print(list(range(0, 10, 100)), list(range(10, 0, -100)), list(range(-10, -1, 4)), list(reversed(range(-10, -1, 4))))
r = range(4)
a, b = iter(r), iter(r)
print(next(a), next(a), next(b), list(a), list(b), list(r))
print([i * j for i in range(1, 4) for j in range(i)], sum(range(1, 101)), max(range(7)), min(range(3, 9, 2)))
total = 0
for i in range(10, 0, -1):
    if i % 3 == 0:
        continue
    total += i
print(total, list(enumerate(range(2, 8, 3))), list(zip(range(3), range(10, 0, -2))))
