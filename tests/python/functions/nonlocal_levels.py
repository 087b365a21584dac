# nonlocal across several levels of nesting, and rebinding seen by sibling closures.
def three_levels():
    x = 0

    def middle():
        def inner():
            nonlocal x  # skips middle, which does not bind x
            x += 1
            return x

        inner()
        inner()
        return inner()

    result = middle()
    return result, x


print(three_levels())


def nearest_binding_wins():
    v = "outer"

    def middle():
        v = "middle"

        def inner():
            nonlocal v
            v = "set by inner"

        inner()
        return v

    got = middle()
    return got, v


print(nearest_binding_wins())


def siblings():
    state = "start"

    def writer(value):
        nonlocal state
        state = value

    def reader():
        return state

    out = [reader()]
    writer("first")
    out.append(reader())
    writer("second")
    out.append(reader())
    out.append(state)
    return out


print(siblings())


def nonlocal_in_loop():
    total = 0
    steps = []

    def add(n):
        nonlocal total
        total += n
        steps.append(total)

    for i in range(1, 5):
        add(i)
    return total, steps


print(nonlocal_in_loop())


def several_names():
    a, b, c = 1, 2, 3

    def rotate():
        nonlocal a, b, c
        a, b, c = b, c, a

    rotate()
    first = (a, b, c)
    rotate()
    return first, (a, b, c)


print(several_names())


def deep(n):
    level = [n]
    acc = 0

    def l1():
        def l2():
            def l3():
                def l4():
                    nonlocal acc
                    acc += level[0]
                    return acc

                return l4() + l4()

            return l3()

        return l2()

    return l1(), acc


print(deep(5))


def counter_pair():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def reset():
        nonlocal count
        old, count = count, 0
        return old

    return inc, reset


inc, reset = counter_pair()
inc()
inc()
print(inc(), reset(), inc())
inc2, reset2 = counter_pair()
print(inc2(), inc(), reset2(), reset())


def nonlocal_param(p):
    def change():
        nonlocal p
        p = p * 2

    change()
    change()
    return p


print(nonlocal_param(3), nonlocal_param("ab"))


def closure_sees_later_rebinding():
    def get():
        return value

    value = 1
    first = get()
    value = 2
    return first, get()


print(closure_sees_later_rebinding())


def nonlocal_through_lambda():
    n = 10

    def setter():
        nonlocal n
        n = 20

    getter = lambda: n
    before = getter()
    setter()
    return before, getter()


print(nonlocal_through_lambda())


def generator_with_nonlocal():
    produced = 0

    def gen():
        nonlocal produced
        for i in range(3):
            produced += 1
            yield i

    g = gen()
    first = next(g)
    mid = produced
    rest = list(g)
    return first, mid, rest, produced


print(generator_with_nonlocal())


def unbound_free_variable():
    def read():
        return later

    try:
        read()
    except NameError as e:
        print("before assignment:", isinstance(e, NameError))
    later = "assigned"
    return read()


print(unbound_free_variable())
