# with: what __exit__ receives and returns, failures in __enter__/__exit__, targets, and generators.
log = []


class CM:
    def __init__(self, name, result=None, fail_enter=False, fail_exit=False):
        self.name = name
        self.result = result
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit

    def __enter__(self):
        log.append("enter " + self.name)
        if self.fail_enter:
            raise KeyError("enter " + self.name)
        return self

    def __exit__(self, kind, value, traceback):
        log.append("exit %s %s %s" % (self.name, kind.__name__ if kind else None, value.args if value else None))
        if self.fail_exit:
            raise IndexError("exit " + self.name)
        return self.result


def attempt(label, body):
    log.clear()
    try:
        outcome = body()
    except Exception as e:
        outcome = "raised %s%r" % (type(e).__name__, e.args)
    print(label, "->", outcome, log)


# Any truthy return value from __exit__ suppresses; falsy ones do not.
for result in (None, 0, "", 1, "yes", [0]):

    def body():
        with CM("r", result=result):
            raise ValueError(result)
        return "suppressed"

    attempt("exit returns %r" % (result,), body)


# When a later __enter__ fails, the earlier managers exit, innermost first.
def multi_enter_fails():
    with CM("a"), CM("b"), CM("c", fail_enter=True), CM("d"):
        log.append("body")


attempt("third enter fails", multi_enter_fails)


# An exception raised by __exit__ replaces the body's exception, which becomes its context.
def exit_raises():
    try:
        with CM("x", fail_exit=True):
            raise ValueError("body")
    except IndexError as e:
        return "IndexError with context %s" % type(e.__context__).__name__


attempt("exit raises", exit_raises)


# An outer manager sees the exception an inner __exit__ raised.
def nested_exit_raises():
    with CM("outer", result=True):
        with CM("inner", fail_exit=True):
            log.append("body")
    return "outer suppressed it"


attempt("nested", nested_exit_raises)


# Suppression inside a loop lets the loop go on.
def loop_suppress():
    done = []
    for i in range(3):
        with CM(str(i), result=(i != 1)):
            if i < 2:
                raise ValueError(i)
            done.append(i)
    return done


attempt("loop", loop_suppress)


# with targets can be attributes, subscripts and unpacking.
class Holder:
    pass


def targets():
    h = Holder()
    d = {}
    with CM("t1") as h.attr, CM("t2") as d["key"]:
        pass
    with Pair() as (h.a, d["b"]):
        pass
    return h.attr.name, d["key"].name, h.a, d["b"]


class Pair:
    def __enter__(self):
        return ("p", "q")

    def __exit__(self, *args):
        return False


def unpack_target():
    with Pair() as (first, second):
        return first + second


attempt("targets", targets)
print(unpack_target())


# A with statement in a generator: closing the generator runs __exit__ with GeneratorExit.
def gen():
    with CM("gen"):
        yield 1
        yield 2


log.clear()
g = gen()
next(g)
g.close()
print(log)


# __exit__ sees exceptions raised in a generator through throw().
log.clear()
g = gen()
next(g)
try:
    g.throw(ValueError("thrown"))
except ValueError:
    pass
print(log)


# The manager's __exit__ runs before the finally of an enclosing try.
def order():
    try:
        with CM("m"):
            return "returned"
    finally:
        log.append("finally")


attempt("order", order)

# Suppressing an exception inside a function makes it return normally.
def suppressed_return():
    with CM("s", result=True):
        raise KeyError("gone")
    return "after with"


attempt("suppressed", suppressed_return)
