# Checks exceptions propagating through nested and recursive calls, with handlers and finally at each level.
trace = []
def level(n, fail_at):
    trace.append("enter " + str(n))
    try:
        if n == fail_at:
            raise ValueError("failed at " + str(n))
        if n < 4:
            level(n + 1, fail_at)
    finally:
        trace.append("leave " + str(n))
for fail_at in (2, 4, 9):
    trace = []
    try:
        level(0, fail_at)
        print("no failure")
    except ValueError as e:
        print("caught", e.args)
    print(trace)
def recover(n):
    try:
        if n == 0:
            raise IndexError("bottom")
        return recover(n - 1) + 1
    except IndexError:
        return 100
print(recover(5))
def convert(n):
    try:
        if n == 0:
            1 // n
        return convert(n - 1)
    except ZeroDivisionError:
        raise KeyError("converted at " + str(n))
try:
    convert(3)
except KeyError as e:
    print(type(e), e.args)
def selective(kind):
    try:
        inner(kind)
    except TypeError:
        return "selective handled TypeError"
def inner(kind):
    if kind == 1:
        raise TypeError("t")
    if kind == 2:
        raise ValueError("v")
    return None
def top(kind):
    try:
        return selective(kind)
    except ValueError as e:
        return "top handled " + e.args[0]
for k in (0, 1, 2):
    print(k, top(k))
def deep(n):
    if n == 0:
        raise RuntimeError("deep")
    deep(n - 1)
try:
    deep(300)
except RuntimeError as e:
    print("from depth 300", e.args)
def cleanup_order():
    out = []
    def a():
        try:
            b()
        finally:
            out.append("a")
    def b():
        try:
            c()
        finally:
            out.append("b")
    def c():
        try:
            raise LookupError
        finally:
            out.append("c")
    try:
        a()
    except LookupError:
        out.append("handled")
    return out
print(cleanup_order())
