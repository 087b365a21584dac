# __del__ runs when an instance is reclaimed: in CPython as soon as the last
# reference goes, here at the next collection. The script prints only after
# gc.collect(), where both have run it. Instances are made in functions that
# have returned, so no stale reference on the stack keeps them.
import gc

log = []


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


def make(n):
    for i in range(n):
        Tracked(i)


make(5)
gc.collect()
print(sorted(log))

# A reachable instance is not finalised.
log.clear()
keep = Tracked('kept')
make(2)
gc.collect()
print(sorted(log), keep.name)


# A subclass inherits __del__; the finaliser sees the instance's attributes.
class Child(Tracked):
    pass


def make_child():
    Child('child')


log.clear()
make_child()
gc.collect()
print(log)


# Instances in a cycle are finalised in one collection.
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        log.append(self.name + ' saw ' + self.other.name)


def make_cycle():
    a = Node('a')
    b = Node('b')
    a.other = b
    b.other = a


log.clear()
make_cycle()
gc.collect()
print(sorted(log))

# __del__ runs once, even for an instance it brings back to life.
saved = []


class Phoenix:
    def __del__(self):
        log.append('phoenix')
        saved.append(self)


def make_phoenix():
    Phoenix()


log.clear()
make_phoenix()
gc.collect()
print(log, len(saved))
saved.clear()
gc.collect()
print(log)


# An exception in __del__ is reported on stderr and otherwise ignored.
class Failing:
    def __del__(self):
        log.append('failing')
        raise ValueError('ignored')


def make_failing():
    Failing()


log.clear()
make_failing()
gc.collect()
print(log, 'still running')


# __del__ may allocate and call functions.
class Allocating:
    def __del__(self):
        log.append([str(i) for i in range(3)])


def make_allocating():
    Allocating()


log.clear()
make_allocating()
gc.collect()
print(log)
