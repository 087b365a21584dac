# Checks slice.indices() and range slicing clamp start and stop as CPython does, for every sign of step.
slices = [slice(2, 100), slice(None, None, -1), slice(-100, 100, 2), slice(100, -100, -3),
          slice(5, 2), slice(5, 2, -1), slice(None, None, 7), slice(-1, None, -2), slice(0, 0),
          slice(-3, None), slice(None, -3), slice(3, 3, -1)]
for s in slices:
    for n in (0, 1, 10):
        r = range(n)[s]
        print(s, n, s.indices(n), r, list(r) == list(range(n))[s])
print(range(10)[2:100], range(0, 20, 3)[1:100:2], range(10, 0, -2)[::-1])
print(range(10, 0, -2)[100:-100:-1], range(10)[::-1][2:4], range(-5, 5)[-3:])
print(range(1, 100, 7)[3:-3:2], len(range(1, 100, 7)[3:-3:2]))
# Ints beyond a machine word clamp like any other out-of-range bound.
print("abc"[:10**20], [1, 2, 3][-10**20:], (1, 2)[10**20:], b"xy"[-10**20:10**20])
print(slice(0, 10**20).indices(5), slice(-10**20, None, -1).indices(4))
for bad in (lambda: slice(0, 5).indices(-1), lambda: slice(0, 5, 0).indices(3),
            lambda: slice(1.5, 3).indices(3), lambda: [1, 2][::0]):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
