# Checks keyword arguments at call sites mixed with positional arguments and defaults.
def f(a, b, c=3, d=4):
    return (a, b, c, d)
print(f(1, 2))
print(f(1, 2, d=40))
print(f(a=10, b=20))
print(f(b=2, a=1))
print(f(1, c=30, b=20))
print(f(1, 2, 3, d=5))
print(f(d=1, c=2, b=3, a=4))
def describe(name, age=0, city="nowhere"):
    print(name, "is", age, "from", city)
describe("Ann", city="Paris")
describe(age=30, name="Bob")
describe("Cy", 25, city="Rome")
try:
    f(1, 2, a=5)
except TypeError:
    print("TypeError multiple values")
try:
    f(1, 2, e=5)
except TypeError:
    print("TypeError unexpected keyword")
try:
    f(c=1, d=2)
except TypeError:
    print("TypeError missing positional")
def g(x, y):
    return x - y
print(g(y=1, x=10), g(10, y=1), g(1, 10))
order = []
def track(v):
    order.append(v)
    return v
def h(p, q, r):
    return p + q + r
print(h(track(1), r=track(3), q=track(2)), order)
print("a", "b", sep=track("-"), end=track("\n"))
