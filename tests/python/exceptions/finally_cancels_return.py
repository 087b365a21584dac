# break and continue in a finally cancel a pending return; return in finally
# replaces it.
def f():
    for i in range(3):
        try:
            return "r"
        finally:
            continue
    return "after"


def g():
    i = 0
    while i < 3:
        i += 1
        try:
            return "r"
        finally:
            if i < 2:
                continue
            break
    return "broke " + str(i)


def h():
    try:
        return "first"
    finally:
        return "second"


def k():
    for x in [1, 2]:
        try:
            try:
                return x
            finally:
                if x == 1:
                    continue
        finally:
            pass
    return "done"


def nested_loops():
    out = []
    for a in range(2):
        for b in range(3):
            try:
                return (a, b)
            finally:
                out.append((a, b))
                if b < 2:
                    continue
                break
    return out


print(f(), g(), h(), k(), nested_loops())
