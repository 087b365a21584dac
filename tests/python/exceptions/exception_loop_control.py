# Checks break and continue taken from except clauses inside loops, with finally running on each way out.
log = []
for i in range(6):
    try:
        if i % 2:
            raise ValueError(i)
        log.append("even %d" % i)
    except ValueError:
        if i == 5:
            break
        log.append("odd %d" % i)
        continue
    finally:
        log.append("f%d" % i)
    log.append("after %d" % i)
print(log)
n = 0
while True:
    n += 1
    try:
        try:
            if n == 3:
                raise KeyError(n)
        finally:
            if n < 3:
                continue
    except KeyError:
        print("stopped at", n)
        break
def search(items):
    for item in items:
        try:
            if item == "x":
                raise LookupError(item)
        except LookupError:
            return "found"
        finally:
            print("checked", item)
    return "none"
print(search("abxy"), search(""))
