# Checks that equal ranges hash alike (ranges are dict keys by value) and range.index/count.
print(hash(range(5)) == hash(range(0, 5, 1)), hash(range(0)) == hash(range(3, 3)))
print(hash(range(0, 3, 2)) == hash(range(0, 4, 2)), hash(range(1, 2, 5)) == hash(range(1, 3, 7)))
print(range(0, 3, 2) == range(0, 4, 2), range(1, 2) == range(1, 2, 9), range(4) == range(5))
d = {range(3): "three", range(0): "empty"}
print(d[range(0, 3)], d[range(7, 2)], range(0, 3, 1) in d, range(0, 6, 2) in d)
print(len({range(2), range(0, 2), range(0, 2, 1), range(2, 0)}))
r = range(1, 20, 3)
print(r.index(1), r.index(19), r.count(7), r.count(8), r.count(22), r.index(True))
print(range(10, 0, -2).index(4), range(10, 0, -2).count(10), range(5).count(2.0))
for x in (8, 20, -2, "a"):
    try:
        r.index(x)
    except ValueError:
        print("ValueError", x)
