# Checks *args parameters: collecting extra positional arguments into a tuple.
def collect(*args):
    return args
print(collect(), collect(1), collect(1, "a", None), type(collect()))
def head(first, *rest):
    print("first", first, "rest", rest)
head(1)
head(1, 2, 3)
head("a", ["b"], ("c",))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(5), total(1, 2, 3, 4, 5), total(-1, -2))
def withdefault(a, b=10, *more):
    return a, b, more
print(withdefault(1), withdefault(1, 2), withdefault(1, 2, 3, 4))
def count(*items):
    return len(items)
print(count(), count(None), count(1, 2, 3))
def largest(*vals):
    if not vals:
        return None
    best = vals[0]
    for v in vals:
        if v > best:
            best = v
    return best
print(largest(), largest(3, 9, 2), largest(-5, -1, -7))
def show(sep, *parts):
    out = ""
    for i in range(len(parts)):
        if i:
            out += sep
        out += str(parts[i])
    return out
print(show(", ", 1, 2, 3), show("-"), show("+", "x"))
def modify(*args):
    try:
        args[0] = 1
    except TypeError:
        print("args is an immutable tuple")
modify(5)
try:
    head()
except TypeError:
    print("TypeError missing first")
