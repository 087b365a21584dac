# Checks dict(), update(), {**m} and f(**m) with dict subclasses and objects that have keys() and __getitem__.
class Mapping:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, key):
        return key.upper()
class Sub(dict):
    pass
def kwargs(**kw):
    return kw
d = {"z": 0}
d.update(Mapping())
print(d, dict(Mapping()), {**Mapping()}, kwargs(**Mapping()), {**Mapping(), "a": 1})
s = Sub(x=1, y=2)
print(dict(s), {**s, "z": 3}, kwargs(**s), dict(s, w=0), type(dict(s)).__name__)
d.update(s)
d.update(Sub(), q=9)
print(sorted(d.items()))
for bad in (lambda: {**[("a", 1)]}, lambda: kwargs(**5), lambda: dict([1]), lambda: {**{1: 2}} and kwargs(**{1: 2})):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
