# with inside try/finally, loops and except clauses; return values survive.
trail = []


class Guard:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        trail.append("+" + self.tag)
        return self

    def __exit__(self, *exc):
        trail.append("-" + self.tag)
        return False


def search(items, wanted):
    for item in items:
        with Guard(str(item)):
            try:
                if item == wanted:
                    return "found " + str(item)
            finally:
                trail.append("finally " + str(item))
    return "missing"


print(search([1, 2, 3], 2), trail)
trail.clear()


def inside_except():
    try:
        raise ValueError("v")
    except ValueError:
        with Guard("h"):
            return "from handler"


print(inside_except(), trail)
trail.clear()


def nested_loops():
    for a in range(2):
        for b in range(2):
            with Guard(str(a) + str(b)):
                if b == 1:
                    return a, b


print(nested_loops(), trail)
trail.clear()


class Broken:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *exc):
        trail.append("exit should not run")


try:
    with Broken():
        trail.append("body should not run")
except RuntimeError as e:
    print("RuntimeError", e, trail)

try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)


class ExitSeesException:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        self.seen = (kind, len(value.args) if value else None)
        return kind is ZeroDivisionError


with ExitSeesException() as m:
    1 // 0
print(m.seen[0].__name__, type(m.seen[1]))
