# A class body binding a name that an enclosing function also binds: the class
# gets its own, methods and comprehensions see the function's.
def f():
    v = "function"

    class C:
        v = "class"
        items = [v for _ in range(1)]

        def m(self):
            return v

    return C().m(), v, C.v, C.items


print(f())


def g():
    count = 0

    class Counter:
        count = 100

        def bump(self):
            nonlocal count
            count += 1
            return count

    c = Counter()
    c.bump()
    return c.bump(), count, Counter.count


print(g())
