# Decorators on functions and classes, with arguments, stacked.
calls = []


def trace(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


def times(n):
    def decorate(fn):
        def wrapper(x):
            return fn(x) * n
        return wrapper
    return decorate


@trace
@times(3)
def double(x):
    return 2 * x


print(double(5), calls)

registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


def add_greeting(greeting):
    def decorate(cls):
        cls.greet = lambda self: greeting + " from " + type(self).__name__
        return cls
    return decorate


@register
@add_greeting("hi")
class Widget:
    pass


print(sorted(registry), Widget().greet())


class Service:
    @trace
    def run(self, x):
        return x + 1

    @staticmethod
    @times(2)
    def helper(x):
        return x


print(Service().run(1), Service.helper(4), calls)
order = []


def mark(label):
    order.append("make " + label)

    def decorate(fn):
        order.append("apply " + label)
        return fn
    return decorate


@mark("a")
@mark("b")
def f():
    pass


print(order)
