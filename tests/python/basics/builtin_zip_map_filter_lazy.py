# Checks that zip, map and filter are lazy iterators: they consume their inputs only as they are advanced.
log = []
def source(name, n):
    for i in range(n):
        log.append(name + str(i))
        yield i
z = zip(source("a", 3), source("b", 2))
print(log, next(z), log)
print(list(z), log)
log.clear()
m = map(lambda x: x * 10, source("m", 3))
print(next(m), log, list(m), log)
log.clear()
f = filter(lambda x: x % 2, source("f", 5))
print(next(f), log, list(f), list(f))
it = iter([1, 2, 3, 4])
print(list(zip(it, it)), list(map(pow, [2, 3], [3, 2], [5, 5])), list(filter(None, [0, "", None, [], 3])))
print(list(zip()), list(zip([1])), list(zip("ab", range(5), [True] * 3)), list(map(str, [])))
pairs = list(zip(*[(1, "a"), (2, "b")]))
print(pairs, iter(z) is z, iter(m) is m, iter(f) is f)
for bad in (lambda: zip(1), lambda: map(len, 5), lambda: filter(None, 3), lambda: list(map(len, [1]))):
    try:
        bad()
    except TypeError:
        print("TypeError")
