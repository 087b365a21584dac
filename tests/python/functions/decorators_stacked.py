# Decorators with arguments, stacked decorators, and decorators on methods, in evaluation order.
log = []


def tag(name):
    log.append("evaluate tag(%s)" % name)

    def decorate(func):
        log.append("apply %s to %s" % (name, func.__name__))

        def wrapped(*args, **kwargs):
            return "<%s>%s</%s>" % (name, func(*args, **kwargs), name)

        return wrapped

    return decorate


# MicroPython functions take no attributes, so the count lives in a closure.
calls = {}


def counted(func):
    calls[func.__name__] = 0

    def wrapped(*args, **kwargs):
        calls[func.__name__] += 1
        return func(*args, **kwargs)

    return wrapped


@tag("b")
@tag("i")
def text(s):
    return s


print(log)
print(text("hi"))
log.clear()


# Decorator expressions can be any expression (PEP 614).
decorators = {"upper": lambda f: lambda *a: f(*a).upper()}


@decorators["upper"]
@tag("p")
def para(s):
    return s


print(para("x"), log)
log.clear()


class Repeat:
    """A class used as a decorator factory."""

    def __init__(self, times):
        self.times = times

    def __call__(self, func):
        def run(*args):
            return [func(*args) for _ in range(self.times)]

        return run


@Repeat(3)
def hello(name):
    return "hello " + name


print(hello("you"))


class Shape:
    @counted
    @tag("area")
    def area(self, w, h):
        return w * h

    @staticmethod
    @tag("s")
    def static_info(x):
        return "static " + str(x)

    @classmethod
    @tag("c")
    def class_info(cls, x):
        return cls.__name__ + " " + str(x)

    @property
    @tag("prop")
    def name(self):
        return "shape"


print(log)
log.clear()
s = Shape()
print(s.area(2, 3), s.area(4, 5), calls)
print(Shape.static_info(1), s.static_info(2))
print(Shape.class_info(3), s.class_info(4))
print(s.name)


class Square(Shape):
    pass


print(Square.class_info(5), Square().area(1, 1), calls)


# A decorator that returns something other than a function.
def to_value(func):
    return func()


@to_value
def computed():
    return 6 * 7


print(computed)


# A decorator that registers and returns the function unchanged.
registry = {}


def register(key):
    def deco(func):
        registry[key] = func
        return func

    return deco


@register("double")
def double(x):
    return 2 * x


@register("square")
def square(x):
    return x * x


print(sorted(registry), registry["double"] is double, [registry[k](5) for k in sorted(registry)])


# A decorator on a class.
def add_greeting(cls):
    cls.greet = lambda self: "hi from " + type(self).__name__
    return cls


@add_greeting
@register("cls")
class Greeter:
    pass


print(Greeter().greet(), registry["cls"] is Greeter)


# Decorated nested functions capture their closure normally.
def outer(prefix):
    @tag(prefix)
    def inner(v):
        return prefix + v

    return inner


print(outer("x")("y"), outer("z")("w"))
print(log)
