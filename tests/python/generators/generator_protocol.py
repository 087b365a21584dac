# Generators: next, send, return values, yield from, close and throw.
def gen(n):
    for i in range(n):
        yield i
    return 'done'
print(list(gen(4)))
g = gen(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)
def echo():
    x = yield 1
    while True:
        x = yield x * 2
e = echo()
print(e.send(None), e.send(5), e.send(7))
def outer():
    r = yield from gen(3)
    print('inner returned', r)
    yield 'end'
print(list(outer()))
print(sum(x * x for x in range(10)))
print(list(x for x in 'abc' if x != 'b'))
def closing():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
c = closing()
print(next(c))
c.close()
print('closed')
def catcher():
    while True:
        try:
            yield
        except ValueError as ex:
            print('caught', ex.args)
k = catcher()
next(k)
k.throw(ValueError('boom'))
k.throw(ValueError, 'two')
def stopper():
    yield 1
    raise StopIteration
try:
    list(stopper())
except RuntimeError as ex:
    print('RuntimeError', ex.args)
def ignore():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignore()
next(i)
try:
    i.close()
except RuntimeError as ex:
    print('RuntimeError', ex.args)
def delegate():
    yield from catcher()
d = delegate()
next(d)
d.throw(ValueError('via delegate'))
d.close()
gx = (i for i in range(3))
print(next(gx), list(gx))
def running():
    yield r.send(None)
r = running()
try:
    next(r)
except ValueError as ex:
    print('ValueError', ex.args)
print(list(zip(gen(3), gen(5))))
