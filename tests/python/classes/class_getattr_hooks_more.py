# Checks __getattr__ as a fallback only for missing attributes, __setattr__ interception and __delattr__.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
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
t.x = 1
p = Proxy(t)
print(p.x, p.target is t)
p.y = 2
print(t.y, hasattr(p, "zz"))
del p.y
print(hasattr(t, "y"), p.log)
class Dyn:
    known = "class attr"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(name)
d = Dyn()
print(d.known, d.auto_value, getattr(d, "auto_x"), getattr(d, "other", "dflt"), hasattr(d, "other"))
