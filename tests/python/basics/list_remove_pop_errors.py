# Checks list.pop/remove/index/insert at the edges: negative and out-of-range positions and the errors raised.
a = [10, 20, 30, 40]
print(a.pop(), a.pop(0), a.pop(-1), a)
a = [1, 2, 3]
a.insert(-1, "x")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
a.remove("x")
print(a, a.index(2), a.index(3, 1), a.index("end", -1))
for bad in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].pop(-2), lambda: [1, 2].remove(3),
            lambda: [1, 2].index(3), lambda: [1, 2, 1].index(1, 1, 2), lambda: [1].pop("0")):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__)
b = [1, 2, 1, 2]
b.remove(2)
print(b, b.count(1), b.count(5), [[1], [1]].count([1]), [1, 1.0, True].count(1))
