# property, classmethod, staticmethod and user descriptors.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273:
            raise ValueError("too cold")
        self._c = value

    @celsius.deleter
    def celsius(self):
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 // 5 + 32

    @staticmethod
    def describe(unit):
        return "unit " + unit

    @classmethod
    def freezing(cls):
        return cls(0)


t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 20
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 1
except AttributeError:
    print("read-only")
del t.celsius
print(t.celsius)
print(Temperature.describe("C"), t.describe("F"))
print(Temperature.freezing().celsius, type(Temperature.celsius).__name__)


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, instance, owner):
        if instance is None:
            return self
        return getattr(instance, self.name)

    def __set__(self, instance, value):
        if not isinstance(value, self.kind):
            raise TypeError("wrong type")
        setattr(instance, self.name, value)


class Record:
    count = Typed(int)
    label = Typed(str)

    def __init__(self, count, label):
        self.count = count
        self.label = label


r = Record(3, "x")
print(r.count, r.label, r._count)
try:
    r.count = "three"
except TypeError as e:
    print("TypeError", e)
print(type(Record.count).__name__)


class Constant:
    def __get__(self, instance, owner):
        return 42


class Holder:
    answer = Constant()


h = Holder()
print(h.answer, Holder.answer)
h.answer = 1  # a non-data descriptor: the instance's own attribute wins
print(h.answer)
