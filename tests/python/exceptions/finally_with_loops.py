# Checks finally blocks run on break, continue and return inside loops and nested functions.
def loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop())
def ret_in_loop():
    for i in range(3):
        try:
            return i
        finally:
            print("finally", i)
print(ret_in_loop())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("iter", n)
print(while_finally())
def nested_finally():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_finally())
