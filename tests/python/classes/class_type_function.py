# type() with one and three arguments, and classes as values.
def init(self, v):
    self.v = v


Dyn = type("Dyn", (object,), {"init_done": True, "__init__": init, "get": lambda self: self.v})
d = Dyn(3)
print(Dyn.__name__, d.get(), d.init_done, type(d) is Dyn)
Sub = type("Sub", (Dyn,), {})
print(Sub(4).get(), issubclass(Sub, Dyn), Sub.__bases__[0] is Dyn)
print(type(Dyn) is type, type(int) is type, type(3) is int)

classes = [int, str, Dyn]
print([c.__name__ for c in classes])


def factory(base):
    class Made(base):
        pass
    return Made


M1 = factory(Dyn)
M2 = factory(object)
print(issubclass(M1, Dyn), issubclass(M2, Dyn), M1 is not M2)
print(isinstance(d, (int, Dyn)), issubclass(bool, (str, int)))
