# The global statement in nested functions, methods, generators, and mixed with nonlocal.
level = "module"


def outer():
    level = "outer local"

    def inner():
        global level
        level = "set by inner"
        return level

    got = inner()
    return got, level  # outer's local is untouched


print(outer(), level)


def outer_reads_global():
    def middle():
        def innermost():
            global level
            return level

        return innermost()

    return middle()


print(outer_reads_global())


# A nested function without a global statement reading a name its parent declared global.
def parent():
    global shared
    shared = "from parent"

    def child():
        return shared  # a global read: parent did not make a local

    return child()


print(parent(), shared)


# global in one function and nonlocal in a nested one refer to different variables.
counter = 0


def mixed():
    counter = 100

    def bump_local():
        nonlocal counter
        counter += 1

    def bump_global():
        global counter
        counter += 1000

    bump_local()
    bump_global()
    return counter


print(mixed(), counter)


# The innermost global wins even if the middle function binds the name.
def middle_binds():
    value = "middle"

    def inner():
        global value
        value = "global value"

    inner()
    return value


print(middle_binds(), value)


# Methods and generators with global.
hits = 0


class Tracker:
    def hit(self):
        global hits
        hits += 1
        return hits


t = Tracker()
t.hit()
t.hit()
print(hits)


def gen_global():
    global hits
    for i in range(3):
        hits += 10
        yield hits


print(list(gen_global()), hits)


# global for a name only created later by another function.
def create():
    global late_name
    late_name = "created"


def read_late():
    return late_name


try:
    read_late()
except NameError:
    print("NameError before creation")
create()
print(read_late())


# global inside a comprehension's enclosing function: the comprehension sees the global.
items = [1, 2, 3]


def use_in_comprehension():
    global items
    items = [v * 2 for v in items]
    return [v + 1 for v in items]


print(use_in_comprehension(), items)


# Several names in one global statement, and global in a loop.
def many():
    global g1, g2
    g1, g2 = 1, 2
    for i in range(3):
        global g3
        g3 = i


many()
print(g1, g2, g3)


# A closure over a global name follows later rebinding.
def reader():
    return level


print(reader())
level = "rebound"
print(reader())


# A global deleted inside a function.
def remove():
    global doomed
    del doomed


doomed = 1
remove()
try:
    doomed
except NameError:
    print("doomed is gone")
