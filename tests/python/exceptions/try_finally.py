# Checks finally clauses: run on normal exit, on exceptions, on return, break and continue.
def normal():
    try:
        print("body")
    finally:
        print("finally after body")
normal()
def with_exc():
    try:
        try:
            raise ValueError("v")
        finally:
            print("finally before propagation")
    except ValueError:
        print("caught after finally")
with_exc()
def ret_in_try():
    try:
        return "from try"
    finally:
        print("finally on return")
print(ret_in_try())
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed by finally return"
print(finally_swallows())
def ret_value_fixed():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)
print(ret_value_fixed())
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("loop body", i)
    finally:
        print("loop finally", i)
print("after loop")
i = 0
while True:
    try:
        i += 1
        if i < 3:
            continue
        break
    finally:
        print("while finally", i)
def full(kind):
    try:
        print("try", kind)
        if kind:
            raise RuntimeError("r")
    except RuntimeError:
        print("except", kind)
    else:
        print("else", kind)
    finally:
        print("finally", kind)
full(0)
full(1)
def nested_finally():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_finally())
def finally_in_loop_return():
    for i in range(10):
        try:
            if i == 2:
                return i
        finally:
            print("cleanup", i)
print(finally_in_loop_return())
def exc_in_finally():
    try:
        try:
            raise ValueError("original")
        finally:
            raise TypeError("from finally")
    except TypeError as e:
        print("got", e.args)
    except ValueError:
        print("not this one")
exc_in_finally()
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "break discarded exception"
print(break_in_finally())
