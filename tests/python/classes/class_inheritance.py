# Single and multiple inheritance, method overriding and the C3 order.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says " + self.sound

    def kind(self):
        return "animal"


class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog, an " + Animal.kind(self)


class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + "!"


for a in [Animal("generic"), Dog("rex"), Puppy("bit")]:
    print(a.speak(), "/", a.kind())
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, object))
print(isinstance(Puppy("x"), Dog), isinstance(Dog("x"), Puppy))
print([c.__name__ for c in Puppy.__mro__])


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B" + super().who()


class C(A):
    def who(self):
        return "C" + super().who()


class D(B, C):
    def who(self):
        return "D" + super().who()


print(D().who())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.__bases__])


class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W):
        pass
except TypeError:
    print("no consistent order")
