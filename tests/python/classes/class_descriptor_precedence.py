# Checks descriptor precedence: data descriptors beat instance attributes, which beat non-data descriptors.
class Data:
    def __get__(self, obj, owner):
        return "data" if obj is not None else "data on class"
    def __set__(self, obj, value):
        obj.__dict__["stored"] = value
class NonData:
    def __get__(self, obj, owner):
        return "nondata"
class Holder:
    d = Data()
    n = NonData()
h = Holder()
h.__dict__["d"] = "instance d"
h.__dict__["n"] = "instance n"
print(h.d, h.n, Holder.d, Holder.n)
h.d = 5
print(h.__dict__["stored"], h.d)
class Counter:
    def __init__(self):
        self.count = 0
    def __get__(self, obj, owner):
        self.count += 1
        return self.count
class Uses:
    c = Counter()
u = Uses()
print(u.c, u.c, Uses.c, Uses.__dict__["c"].count)
class Named:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        return "I am " + self.name
class Owner:
    first = Named()
    second = Named()
print(Owner().first, Owner().second)
