# try/except/else/finally inside loops with break and continue, and the except-target cleanup.
def trace(values):
    out = []
    for v in values:
        try:
            if v == "skip":
                continue
            if v == "stop":
                break
            result = 10 // v
        except ZeroDivisionError:
            out.append("div0")
            continue
        except TypeError:
            out.append("type")
        else:
            out.append(result)
            if result == 1:
                break
        finally:
            out.append("f")
        out.append("tail")
    else:
        out.append("else")
    return out


print(trace([5, 0, "skip", "x", 2]))
print(trace([5, "stop", 1]))
print(trace([10, 3]))
print(trace([]))

# The name bound by 'except ... as' is removed after the handler.
e = "before"
try:
    raise ValueError("v")
except ValueError as e:
    pass
try:
    print(e)
except NameError:
    print("e was deleted after the handler")


def handler_cleanup():
    err = "before"
    for i in range(2):
        try:
            raise KeyError(i)
        except KeyError as err:
            last = err.args
    try:
        return err
    except NameError:
        return "deleted, last args %r" % (last,)


print(handler_cleanup())

# while loops with exceptions driving the control flow.
queue = [3, 0, "a", 4, None, 6]
processed = []
while queue:
    item = queue.pop(0)
    try:
        if item is None:
            break
        processed.append(12 // item)
    except ZeroDivisionError:
        processed.append("zero")
        continue
    except TypeError:
        processed.append("bad")
    finally:
        processed.append(".")
print(processed, queue)

# Retrying with a counter.
attempts = []


def flaky(n):
    attempts.append(n)
    if n < 3:
        raise OSError("try again")
    return "worked on attempt %d" % n


for attempt in range(1, 6):
    try:
        result = flaky(attempt)
    except OSError:
        continue
    else:
        break
print(result, attempts)


# An exception escaping a loop runs every enclosing finally, innermost first.
def escaping():
    log = []
    try:
        for i in range(3):
            try:
                for j in range(3):
                    try:
                        if i == 1 and j == 2:
                            raise RuntimeError("escape")
                    finally:
                        log.append("j%d" % j)
            finally:
                log.append("i%d" % i)
    except RuntimeError:
        log.append("caught")
    return log


print(escaping())

# Nested try in a loop: re-raising from the inner handler reaches the outer one.
def nested(seq):
    out = []
    for v in seq:
        try:
            try:
                out.append(100 // v)
            except ZeroDivisionError:
                out.append("inner")
                raise
        except ZeroDivisionError:
            out.append("outer")
    return out


print(nested([4, 0, 50]))

# break in an except clause, continue in an else clause.
found = []
for word in ["1", "22", "x", "4"]:
    try:
        n = int(word)
    except ValueError:
        found.append("stop at " + word)
        break
    else:
        found.append(n)
        continue
    found.append("never")
print(found)
