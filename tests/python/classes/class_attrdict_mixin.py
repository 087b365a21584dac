# Checks common mixin patterns over built-ins: an attribute-access dict, and a mixin adding methods to a list subclass.
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self[name] = value
    def __delattr__(self, name):
        del self[name]
d = AttrDict(a=1)
d.b = 2
print(d.a, d.b, d, sorted(d.keys()), d.get("a"), isinstance(d, dict), len(d))
del d.a
print(d, hasattr(d, "a"), getattr(d, "zz", "default"))
class ReprMixin:
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, super().__repr__())
class Totals:
    def total(self):
        return sum(self)
class Numbers(ReprMixin, Totals, list):
    pass
n = Numbers([1, 2, 3])
n.append(4)
print(n, n.total(), len(n), [c.__name__ for c in Numbers.__mro__][:3], isinstance(n, Totals))
class Settings(ReprMixin, dict):
    def __missing__(self, key):
        return "unset"
s = Settings(mode="fast")
print(s, s["mode"], s["other"], s.get("other"))
