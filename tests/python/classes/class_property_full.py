# Checks property with getter, setter and deleter (decorator and call forms), read-only errors and docs-free usage.
class Temperature:
    def __init__(self):
        self._c = 0
        self.log = []
    @property
    def celsius(self):
        self.log.append("get")
        return self._c
    @celsius.setter
    def celsius(self, value):
        self.log.append("set")
        if value < -273:
            raise ValueError("too cold")
        self._c = value
    @celsius.deleter
    def celsius(self):
        self.log.append("del")
        self._c = None
    def _f(self):
        return self._c * 9 / 5 + 32
    fahrenheit = property(_f)
t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit, t.log)
del t.celsius
print(t.celsius, t.log)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
for bad in (lambda: setattr(t, "fahrenheit", 1), lambda: delattr(t, "fahrenheit")):
    try:
        bad()
    except AttributeError:
        print("AttributeError")
print(type(Temperature.celsius).__name__, isinstance(Temperature.__dict__["fahrenheit"], property))
class Other:
    x = property(lambda self: 42)
o = Other()
print(o.x, Other().x)
try:
    o.x = 1
except AttributeError:
    print("AttributeError")
print("x" in o.__dict__)
