# super() with and without arguments, in methods, classmethods and __init__.
class Base:
    def __init__(self, value):
        self.value = value
        self.log = ["Base"]

    def describe(self):
        return "Base(" + str(self.value) + ")"

    @classmethod
    def make(cls, value):
        return cls(value)


class Middle(Base):
    def __init__(self, value):
        super().__init__(value * 2)
        self.log.append("Middle")

    def describe(self):
        return "Middle<" + super().describe() + ">"


class Top(Middle):
    def __init__(self, value):
        super(Top, self).__init__(value + 1)
        self.log.append("Top")

    def describe(self):
        return "Top<" + super(Top, self).describe() + ">"

    @classmethod
    def make(cls, value):
        made = super().make(value)
        made.log.append("made")
        return made


t = Top(1)
print(t.value, t.log, t.describe())
m = Top.make(5)
print(type(m).__name__, m.value, m.log)


# Cooperative __init__ through a diamond.
class Root:
    def __init__(self):
        self.order = ["Root"]


class Left(Root):
    def __init__(self):
        super().__init__()
        self.order.append("Left")


class Right(Root):
    def __init__(self):
        super().__init__()
        self.order.append("Right")


class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.order.append("Bottom")


print(Bottom().order)


# super() inside a nested function still finds the method's class.
class Outer(Base):
    def describe(self):
        def inner():
            return super(Outer, self).describe()
        return "Outer:" + inner()


print(Outer(7).describe())
