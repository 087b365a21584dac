# Checks properties with getters, setters and deleters, overridden and extended in subclasses.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 // 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 5
except AttributeError:
    print("AttributeError read-only")
del t.celsius
print(t.celsius)
class Kelvin(Temp):
    @property
    def celsius(self):
        return "sub:" + str(super().celsius)
k = Kelvin()
print(k.celsius)
try:
    k.celsius = 5
except AttributeError:
    print("AttributeError no setter in subclass")
class Both(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return ("both", self._c)
b = Both()
b.celsius = 7
print(b.celsius, type(Temp.celsius).__name__)
