# Checks def with positional parameters, default values, return values and default evaluation time.
def add(a, b):
    return a + b
print(add(2, 3), add("x", "y"), add([1], [2]))
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Yo", "?"))
def noreturn(x):
    x + 1
print(noreturn(5))
def multi():
    return 1, "two", [3]
r = multi()
print(r, type(r))
a, b, c = multi()
print(a, b, c)
counter = 10
def default_captured(v=counter):
    return v
counter = 20
print(default_captured(), default_captured(1))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def none_default(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(none_default(1), none_default(2))
def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i * i > n:
            return i
    return "none found"
print(early(-1), early(20), early(0))
def empty():
    pass
print(empty())
def local_scope(x):
    y = x * 2
    return y
y = "global y"
print(local_scope(21), y)
def compute(a, b=2, c=3):
    return a * 100 + b * 10 + c
print(compute(1), compute(1, 5), compute(1, 5, 9))
