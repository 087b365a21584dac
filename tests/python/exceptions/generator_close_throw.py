# Checks generator.close() and throw(): finally blocks run, GeneratorExit is seen, throw() into fresh and finished generators.
def worker(log):
    try:
        while True:
            try:
                item = yield
                log.append(item)
            except ValueError as e:
                log.append("handled " + str(e))
    finally:
        log.append("cleanup")
log = []
g = worker(log)
next(g)
g.send(1)
g.throw(ValueError("bad"))
g.send(2)
g.close()
print(log)
g.close()
def fresh():
    yield 1
f = fresh()
try:
    f.throw(KeyError("early"))
except KeyError as e:
    print("KeyError", e)
print(next(f, "exhausted"))
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise
c = catches_exit()
next(c)
c.close()
def returns_on_throw():
    try:
        yield 1
    except TypeError:
        return "done"
r = returns_on_throw()
next(r)
try:
    r.throw(TypeError)
except StopIteration as e:
    print("StopIteration", e.value)
