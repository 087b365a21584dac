# GeneratorExit on close(), throw() into generators that catch and go on, and yield in finally.
def tracked(log):
    try:
        yield 1
        yield 2
    except GeneratorExit:
        log.append("GeneratorExit seen")
        raise
    finally:
        log.append("finally")


log = []
g = tracked(log)
print(next(g))
g.close()
print(log)
print(list(g))  # a closed generator is exhausted

# close() on a generator that never started does not run its body.
log = []
g = tracked(log)
g.close()
print("unstarted close:", log, list(g))

# close() on a finished generator is a no-op.
log = []
g = tracked(log)
print(list(g), log)
g.close()
g.close()
print("finished close:", log)


# Catching GeneratorExit and returning is a normal close.
def swallow():
    try:
        yield "a"
    except GeneratorExit:
        print("swallowing GeneratorExit")
        return "ignored value"


s = swallow()
next(s)
print(s.close())


# Raising another exception from GeneratorExit propagates out of close().
def replace():
    try:
        yield
    except GeneratorExit:
        raise ValueError("replaced")


r = replace()
next(r)
try:
    r.close()
except ValueError as e:
    print("close raised", type(e).__name__, e.args)


# GeneratorExit is a BaseException, so 'except Exception' does not catch it.
def broad():
    try:
        yield 1
    except Exception:
        print("not reached")
    finally:
        print("broad finally")


b = broad()
next(b)
b.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))


# throw() returns the next value the generator yields after catching.
def resilient():
    count = 0
    while True:
        try:
            yield count
        except ValueError as e:
            count += 100
            yield "caught " + str(e.args[0])
        count += 1


r = resilient()
print(next(r), next(r))
print(r.throw(ValueError("x")))
print(next(r))
print(r.throw(ValueError("y")))
print(next(r), next(r))
try:
    r.throw(KeyError("unhandled"))
except KeyError as e:
    print("KeyError escapes", e.args)
print(list(r))


# A yield inside finally is fine during normal flow.
def yield_in_finally():
    try:
        yield "body"
    finally:
        yield "cleanup"
    yield "after"


print(list(yield_in_finally()))

# But yielding from finally while closing is a RuntimeError.
y = yield_in_finally()
next(y)
try:
    y.close()
except RuntimeError:
    print("RuntimeError: generator ignored GeneratorExit")

# throw() while paused in finally's yield raises at that yield.
y = yield_in_finally()
print(next(y))
print(y.throw(IndexError("into body")))
try:
    y.throw(IndexError("into finally"))
except IndexError as e:
    print("from finally yield:", e.args)


# throw() with an exception class instantiates it.
def report():
    try:
        yield
    except Exception as e:
        yield type(e).__name__ + repr(e.args)


for exc in (ValueError, ValueError(), ValueError("a", 1), ZeroDivisionError):
    g = report()
    next(g)
    print(g.throw(exc))


# A generator can close itself only from outside; running generators raise ValueError.
def self_closer():
    yield me.throw(KeyError)


me = self_closer()
try:
    next(me)
except ValueError:
    print("ValueError: generator already executing")
