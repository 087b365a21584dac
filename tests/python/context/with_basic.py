# with: __enter__'s value, __exit__ on every way out, suppression.
log = []


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper() if False else self.name + "!"

    def __exit__(self, kind, value, traceback):
        log.append("exit " + self.name + " " + (kind.__name__ if kind else "None"))
        return self.suppress


with Manager("a") as value:
    log.append("body " + value)
print(log)
log.clear()

with Manager("outer"), Manager("inner") as inner:
    log.append("both " + inner)
print(log)
log.clear()

try:
    with Manager("raising"):
        raise KeyError("k")
except KeyError as e:
    log.append("caught " + repr(e))
print(log)
log.clear()

with Manager("quiet", suppress=True):
    raise ValueError("hidden")
log.append("after")
print(log)
log.clear()


def early(n):
    with Manager("fn"):
        if n:
            return "returned"
        log.append("fell through")
    return "end"


print(early(1), early(0), log)
log.clear()

for i in range(3):
    with Manager(str(i)):
        if i == 0:
            continue
        if i == 2:
            break
        log.append("loop body")
print(log)
log.clear()

with Manager("a") as (first, second):
    pass
print(first, second, log)
