# close() runs finally blocks; throw() raises at the paused yield; both reach
# the inner generator of a yield from.
log = []


def worker(name):
    try:
        while True:
            try:
                value = yield
                log.append((name, value))
            except KeyError as error:
                log.append((name, "handled", error.args[0]))
    finally:
        log.append((name, "finally"))


w = worker("a")
next(w)
w.send(1)
w.throw(KeyError("k"))
w.send(2)
w.close()
w.close()  # closing twice is fine
print(log)

# throw() of an exception the generator does not handle ends it.
log.clear()
w = worker("b")
next(w)
try:
    w.throw(IndexError("no"))
except IndexError as error:
    print("IndexError", error.args)
print(log)
try:
    next(w)
except StopIteration:
    print("finished")


# throw() into a generator that has not started raises at once.
def never():
    yield 1


n = never()
try:
    n.throw(ValueError)
except ValueError:
    print("ValueError from a fresh generator")
print(list(n))


# A generator that yields in reply to close() is an error.
def stubborn():
    try:
        yield
    except GeneratorExit:
        print("refusing")
        yield


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError:
    print("RuntimeError")


# close() and throw() reach through yield from.
def outer():
    try:
        yield from worker("inner")
    finally:
        log.append("outer finally")


log.clear()
o = outer()
next(o)
o.send("x")
o.throw(KeyError("through"))
o.close()
print(log)


# A value returned while handling a thrown exception ends yield from.
def inner_returns():
    try:
        yield 1
    except ValueError:
        return "recovered"


def outer_collects():
    result = yield from inner_returns()
    yield result


oc = outer_collects()
print(next(oc))
print(oc.throw(ValueError))


# Sending a value into a just-started generator is a TypeError.
def fresh():
    yield


try:
    fresh().send(5)
except TypeError:
    print("TypeError")
