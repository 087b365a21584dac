# Forwarding *args and **kwargs, keyword-only parameters, and how calls bind arguments.
def target(a, b=2, *rest, key="k", **extra):
    return "a=%r b=%r rest=%r key=%r extra=%r" % (a, b, rest, key, sorted(extra.items()))


def forward(*args, **kwargs):
    return target(*args, **kwargs)


print(forward(1))
print(forward(1, 2, 3, 4))
print(forward(1, key="K"))
print(forward(a=1, b=5, z=26))
print(forward(1, 2, 3, key="x", y=1, z=2))


def wrapper(func):
    def inner(*args, **kwargs):
        print("  calling with", args, sorted(kwargs.items()))
        return func(*args, **kwargs)

    return inner


@wrapper
def area(width, height=1, *, unit="m"):
    return "%d %s2" % (width * height, unit)


print(area(3))
print(area(3, 4))
print(area(width=2, height=5, unit="cm"))

# Unpacking several iterables and mappings in one call.
def show(*args, **kwargs):
    return args, sorted(kwargs.items())


print(show(*[1, 2], 3, *(4,), *"ab"))
print(show(**{"a": 1}, b=2, **{"c": 3}))
print(show(*range(3), x=1, **{"y": 2}))
print(show(1, *[], **{}))


# Positional parameters can also be given by keyword, even when forwarded.
def pos(a, b, c):
    return a * 100 + b * 10 + c


args = (1,)
kwargs = {"c": 3, "b": 2}
print(pos(*args, **kwargs), pos(c=1, *(2, 3)))

# The kwargs dict a function receives is a fresh dict.
original = {"x": 1}


def mutate(**kw):
    kw["x"] = 99
    return kw


print(mutate(**original), original)

# *args is always a tuple, even from a list.
def kind(*args):
    return type(args).__name__, args


print(kind(*[1, 2]), kind(*"hi"), kind(*{"k": 1}))

# Keyword-only parameters after *args, with and without defaults.
def kwonly(*items, sep, end="."):
    return sep.join(items) + end


print(kwonly("a", "b", sep="-"), kwonly(sep="+"), kwonly("x", sep="", end="!"))


def bare_star(a, *, b):
    return a, b


print(bare_star(1, b=2), bare_star(b=3, a=4))

# Forwarding through several layers keeps everything.
def layer1(*a, **k):
    return layer2(0, *a, extra=True, **k)


def layer2(*a, **k):
    return layer3(*a, **k)


def layer3(*a, **k):
    return a, sorted(k.items())


print(layer1(1, 2, z=3))

# Functions accepting only **kwargs, or only *args.
def only_kwargs(**kw):
    return sorted(kw)


def only_args(*a):
    return a


print(only_kwargs(b=1, a=2, c=3), only_args(), only_args(None))

# Argument order inside **kwargs follows the call.
def order(**kw):
    return list(kw)


print(order(z=1, a=2, m=3), order(**{"q": 1, "b": 2}, c=3))

# A keyword argument with the name of a positional parameter already filled is an error.
def passthrough(func, *args, **kwargs):
    return func(*args, **kwargs)


print(passthrough(target, 1, other="extra"))
try:
    passthrough(target, 1, func="clash")
except TypeError as e:
    print(type(e).__name__)
print(passthrough(bare_star, "x", b="y"))
