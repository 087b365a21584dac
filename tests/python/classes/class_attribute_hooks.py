# __getattr__, __setattr__, __delattr__ and __call__.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append("get " + name)
        return getattr(self.target, name)

    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self.target, name, value)

    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self.target, name)


class Target:
    pass


t = Target()
t.a = 1
p = Proxy(t)
print(p.a)
p.b = 2
print(t.b, p.b)
del p.a
print(hasattr(t, "a"), p.log)


class Defaults:
    known = 1

    def __getattr__(self, name):
        if name[0] == "x":
            return name * 2
        raise AttributeError(name)


d = Defaults()
print(d.known, d.xy, hasattr(d, "zz"), getattr(d, "zz", None))


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(t))
