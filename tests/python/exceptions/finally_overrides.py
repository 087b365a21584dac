# Return, break and continue inside finally override what the try block was doing.
def return_beats_return():
    try:
        return "try"
    finally:
        return "finally"


def return_beats_exception():
    try:
        raise KeyError("dropped")
    finally:
        return "finally won"


def return_beats_handler_raise():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
    finally:
        return "handler error dropped"


def return_beats_else():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("  finally after else")


def finally_conditional_return(flag):
    try:
        return "try"
    finally:
        if flag:
            return "finally"


for f in (return_beats_return, return_beats_exception, return_beats_handler_raise, return_beats_else):
    print(f.__name__, "->", f())
for flag in (True, False):
    print(finally_conditional_return(flag))


def finally_return_in_loop_with_else():
    for i in range(3):
        try:
            pass
        finally:
            if i == 1:
                return "returned at " + str(i)
    else:
        return "else"


print(finally_return_in_loop_with_else())


def return_value_snapshot():
    items = [1]
    try:
        return items
    finally:
        items.append(2)  # mutation is visible: the object itself was returned


def return_name_snapshot():
    n = 1
    try:
        return n
    finally:
        n = 100  # rebinding is not visible


print(return_value_snapshot(), return_name_snapshot())


def break_in_finally():
    out = []
    for i in range(5):
        try:
            out.append(i)
            if i == 2:
                raise KeyError(i)  # cancelled by break
        finally:
            if i == 2:
                break
    out.append("after loop")
    return out


print(break_in_finally())


def continue_in_finally_swallows():
    seen = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            seen.append(("ok", i))
        finally:
            seen.append(("finally", i))
            continue
    return seen


print(continue_in_finally_swallows())


def while_break_in_finally():
    n = 0
    while True:
        try:
            n += 1
            raise RuntimeError("lost")
        finally:
            if n == 3:
                break
            continue
    return n


print(while_break_in_finally())


def nested_finally_order():
    log = []
    try:
        try:
            try:
                return log
            finally:
                log.append("inner")
        finally:
            log.append("middle")
    finally:
        log.append("outer")


print(nested_finally_order())


def inner_return_outer_override():
    try:
        try:
            return 1
        finally:
            print("  inner finally sees pending return")
    finally:
        return 2


print(inner_return_outer_override())


def exception_replaced_in_finally():
    try:
        try:
            raise ValueError("a")
        finally:
            raise KeyError("b")
    except Exception as e:
        ctx = e.__context__
        return type(e).__name__, type(ctx).__name__


print(exception_replaced_in_finally())


def count_finally_runs(n):
    runs = 0
    for i in range(n):
        try:
            try:
                if i == 3:
                    break
                continue
            finally:
                runs += 1
        finally:
            runs += 10
    return runs


print(count_finally_runs(2), count_finally_runs(10))


def generator_with_finally_return():
    try:
        yield 1
        yield 2
    finally:
        return "gen done"


g = generator_with_finally_return()
print(next(g))
try:
    g.throw(ValueError("swallowed by return in finally"))
except StopIteration as stop:
    print("StopIteration", stop.value)
