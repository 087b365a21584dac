# Evaluation order: call arguments with * and **, dict and set displays, chained comparisons, subscripts.
log = []


def t(label, value=None):
    log.append(label)
    return label if value is None else value


def show(*args, **kwargs):
    return len(args), sorted(kwargs)


def run(description, thunk):
    log.clear()
    result = thunk()
    print(description, result, log)


# The callee is evaluated before its arguments; arguments left to right, whatever their kind.
run("callee first", lambda: t("callee", show)(t("a1"), t("a2")))
run("mixed", lambda: show(t("p1"), *t("star", [1]), t("p2"), k=t("kw"), **t("dstar", {"z": 1})))
run("keywords first in source", lambda: show(x=t("x"), y=t("y")))
run("method call", lambda: t("obj", "abc").replace(t("old", "a"), t("new", "A")))

# Dict displays: key then value, pair by pair; a repeated key keeps the first key object's position.
run("dict", lambda: {t("k1"): t("v1"), t("k2"): t("v2"), **t("unpacked", {"u": 0}), t("k3"): t("v3")})
run("dict repeated key", lambda: {t("k", 1): t("first"), t("k again", 1): t("second")})
run("set", lambda: sorted({t("s1"), t("s2"), *t("more", ["s3"])}))
run("list", lambda: [t("l1"), *t("l2", "xy"), t("l3")])
run("dict comprehension", lambda: {t("key%d" % i): t("val%d" % i) for i in range(2)})

# Chained comparisons: each middle operand evaluated once, stopping at the first false link.
run("chain all true", lambda: t("a", 1) < t("b", 2) < t("c", 3) <= t("d", 3))
run("chain stops early", lambda: t("a", 1) < t("b", 0) < t("c", 3))
run("chain mixed ops", lambda: t("a", 1) == t("b", 1) != t("c", 2) in t("d", [2]))
run("chain is/not in", lambda: t("a", 0) is t("b", 0) not in t("c", [1]))


class Counting:
    """Counts how often its comparison runs."""

    count = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Counting.count += 1
        return self.v < other.v


a, b, c = Counting(1), Counting(2), Counting(3)
print(a < b < c, Counting.count)
print(c < b < a, Counting.count)

# Boolean operators short-circuit and return an operand.
run("and", lambda: t("x", 0) and t("never"))
run("or", lambda: t("x", 0) or t("y", "") or t("z", "last"))
run("not", lambda: not t("x", []))

# Subscripts and slices: container, then index, then slice bounds left to right.
run("subscript", lambda: t("seq", [10, 20, 30])[t("idx", 1)])
run("slice", lambda: t("seq", "abcdef")[t("lo", 1) : t("hi", 5) : t("step", 2)])
run("nested subscript", lambda: t("outer", [[1, 2]])[t("i", 0)][t("j", 1)])

# Binary operators: left operand, then right, then the operation; power is right-associative.
run("arith", lambda: t("a", 2) * t("b", 3) + t("c", 4) * t("d", 5))
run("power", lambda: t("a", 2) ** t("b", 3) ** t("c", 2))
run("unary", lambda: -t("a", 3) + ~t("b", 0))

# Conditional expressions evaluate the condition first and only one branch.
run("ternary", lambda: t("yes") if t("cond", True) else t("no"))

# Assignment: the right side is evaluated before any target.
class Recorder:
    def __setitem__(self, key, value):
        log.append("set %s=%s" % (key, value))

    def __getitem__(self, key):
        log.append("get %s" % key)
        return 0


rec = Recorder()
log.clear()
t("target", rec)[t("key", "k")] = t("value", "v")
print(log)
log.clear()
rec[t("k1", "a")], rec[t("k2", "b")] = t("v1", 1), t("v2", 2)
print(log)
log.clear()
t("target", rec)[t("key", "k")] += t("inc", 1)
print(log)


# Arguments are all evaluated before the function body runs.
def body(*args):
    log.append("body")
    return args


run("body last", lambda: body(t("a"), t("b")))

# A lambda's default is evaluated when the lambda is made, not when called.
log.clear()
f = lambda v=t("default"): v
log.append("made")
f()
print(log)
