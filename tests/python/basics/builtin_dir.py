# dir(): the names in scope, or the attributes of an object, sorted. Only
# names without dunders are printed: the special methods differ by design.
def public(names):
    return [n for n in names if not n.startswith('__')]


top = 1
print(public(dir()))
print(dir() == sorted(dir()))


def f(b, a):
    c = 3
    return dir()


print(f(1, 2))


class Base:
    shared = 0

    def method(self):
        pass


class Derived(Base):
    own = 1

    @property
    def prop(self):
        return 1


d = Derived()
d.zeta = 1
d.alpha = 2
print(public(dir(d)))
print(public(dir(Derived)))
print(public(dir(Base)))
print(dir(d) == sorted(dir(d)))

import sys
print('path' in dir(sys), 'argv' in dir(sys))

for name in ['append', 'pop']:
    print(name, name in dir([]), name in dir(list))
print('keys' in dir({}), 'upper' in dir(''), 'bit_length' in dir(3))
print('upper' in dir(str), 'nothing' in dir(str))


class ListChild(list):
    extra = 1


print('append' in dir(ListChild()), 'extra' in dir(ListChild()))
