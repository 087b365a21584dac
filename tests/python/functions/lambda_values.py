# Checks lambda expressions and functions as first-class values: stored, passed and returned.
square = lambda x: x * x
print(square(7), (lambda: "no args")(), (lambda a, b=2: a + b)(1))
print((lambda *a: a)(1, 2), (lambda a, *, k=0: a - k)(10, k=3))
ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a // b]
for op in ops:
    print(op(20, 6))
def apply(f, v):
    return f(v)
print(apply(square, 9), apply(lambda s: s + "!", "hi"), apply(len, "four"))
def apply_n(f, n, v):
    for i in range(n):
        v = f(v)
    return v
print(apply_n(lambda x: x * 2, 10, 1), apply_n(lambda s: "(" + s + ")", 3, "x"))
def pick(op):
    if op == "+":
        return lambda a, b: a + b
    def sub(a, b):
        return a - b
    return sub
print(pick("+")(2, 3), pick("-")(2, 3))
table = [("sq", square), ("neg", lambda x: -x), ("str", str), ("abs", abs)]
for label, fn in table:
    print(label, fn(-4))
def my_map(f, seq):
    out = []
    for v in seq:
        out.append(f(v))
    return out
def my_filter(pred, seq):
    out = []
    for v in seq:
        if pred(v):
            out.append(v)
    return out
print(my_map(lambda v: v * 3, [1, 2, 3]))
print(my_filter(lambda v: v % 2 == 0, list(range(10))))
g = square
print(g is square, g(5), type(g) == type(square))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
fns = [print, len, repr]
fns[0]("printed via list", fns[1]("abc"), fns[2]("q"))
def recurse_lambda(n):
    f = lambda k: 1 if k == 0 else k * f(k - 1)
    return f(n)
print(recurse_lambda(10))
