# Checks conditional expressions (x if c else y): evaluation order, nesting and use in other expressions.
for n in range(-2, 3):
    print(n, "pos" if n > 0 else "neg" if n < 0 else "zero")
def show(v):
    print("eval", v)
    return v
print(show("a") if show(True) else show("b"))
print(show("a") if show(0) else show("b"))
x = 5
y = (x * 2) if x > 3 else (x * 3)
print(y)
lst = []
for i in range(6):
    lst.append("even" if i % 2 == 0 else "odd")
print(lst)
print(1 + (10 if x else 20), (1 + 10) if not x else 20)
f = lambda a: "big" if a > 100 else "small"
print(f(5), f(500))
def absval(v):
    return v if v >= 0 else -v
print(absval(-7), absval(7), absval(0))
print(("yes" if [] else "no"), ("yes" if [0] else "no"))
z = None
print(z if z is not None else "default")
print((1, 2) if x else (3, 4), [x] if x > 100 else [])
