# Chained assignment, augmented assignment on attributes and subscripts (evaluated once), and targets.
log = []


def t(label, value):
    log.append(label)
    return value


class Obj:
    def __init__(self):
        self.n = 1
        self.items = [10, 20, 30]


class Logged:
    """Records every attribute and item access."""

    def __init__(self):
        object.__setattr__(self, "data", {"x": 1})
        object.__setattr__(self, "store", [0, 0, 0])

    def __getattr__(self, name):
        log.append("get ." + name)
        return self.data[name]

    def __setattr__(self, name, value):
        log.append("set ." + name)
        self.data[name] = value

    def __getitem__(self, key):
        log.append("get [%r]" % (key,))
        return self.store[key]

    def __setitem__(self, key, value):
        log.append("set [%r]" % (key,))
        self.store[key] = value


# Chained assignment evaluates the value once and assigns targets left to right.
a = b = c = t("value", [])
print(a is b is c, log)
log.clear()
lg = Logged()
lg.x = lg[0] = lg.y = t("value", 5)
print(log, lg.data["x"], lg.store[0])
log.clear()
x = lst = [1, 2, 3]
x[0] = x = 99  # x[0] is assigned first, while x still names the list
print(x, lst)
i = 0
items = [0, 0, 0]
i = items[i] = 2  # i is rebound first, then items[2] is set
print(i, items)

# Augmented assignment on an attribute: the object expression is evaluated once.
o = Obj()
t("obj", o).n += t("rhs", 5)
print(o.n, log)
log.clear()
lg = Logged()
lg.x += 10
print(lg.data["x"], log)
log.clear()

# Augmented assignment on a subscript: the container and key are evaluated once.
t("list", o.items)[t("index", 1)] *= t("rhs", 3)
print(o.items, log)
log.clear()
lg[t("key", 2)] -= 7
print(lg.store, log)
log.clear()
d = {"k": [1]}
t("dict", d)[t("key", "k")] += t("ext", [2, 3])  # list += extends in place
print(d, log)
log.clear()

# In-place operators mutate; plain rebinding would not.
shared = [1]
alias = shared
alias += [2]
print(shared, alias is shared)
tup = (1,)
alias_t = tup
alias_t += (2,)
print(tup, alias_t, alias_t is tup)
text = "ab"
other = text
other += "c"
print(text, other)


# __iadd__ is used when present, __add__ otherwise.
class Acc:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        log.append("add")
        return Acc(self.v + other)

    def __repr__(self):
        return "Acc(%d)" % self.v


class InPlace(Acc):
    def __iadd__(self, other):
        log.append("iadd")
        self.v += other
        return self


p = Acc(1)
q = p
p += 5
r = InPlace(1)
s = r
r += 5
print(p, q, p is q, r, s, r is s, log)
log.clear()

# Augmented assignment on a tuple's list item mutates the list and then fails to assign.
pair = ([1], 2)
try:
    pair[0] += [2]
except TypeError:
    print("TypeError, but the list changed:", pair)

# Augmented assignment on a nested subscript.
grid = [[0, 0], [0, 0]]
for r_ in range(2):
    for c_ in range(2):
        grid[r_][c_] += r_ * 10 + c_
grid[t("row", 1)][t("col", 0)] <<= 2
print(grid, log)
log.clear()

# Augmented assignment to an unbound name fails; to a global needs the global statement.
def bad():
    counter += 1


counter = 0
try:
    bad()
except NameError as e:
    print(type(e).__name__)


def good():
    global counter
    counter += 1
    counter *= 10


good()
print(counter)

# Every augmented operator on an attribute.
o = Obj()
o.n = 100
for op in ("+=3", "-=1", "*=2", "//=3", "%=50", "**=2", "<<=1", ">>=2", "&=0x3f", "|=0x100", "^=0x1"):
    if op[0] == "+":
        o.n += 3
    elif op[0] == "-":
        o.n -= 1
    elif op[0] == "*" and op[1] == "*":
        o.n **= 2
    elif op[0] == "*":
        o.n *= 2
    elif op[0] == "/":
        o.n //= 3
    elif op[0] == "%":
        o.n %= 50
    elif op[0] == "<":
        o.n <<= 1
    elif op[0] == ">":
        o.n >>= 2
    elif op[0] == "&":
        o.n &= 0x3F
    elif op[0] == "|":
        o.n |= 0x100
    else:
        o.n ^= 0x1
    print(op, o.n, end="; ")
print()
