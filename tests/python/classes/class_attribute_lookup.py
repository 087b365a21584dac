# Attribute lookup order: instance vs class attributes, properties in subclasses, shared class state.
class Account:
    def __init__(self):
        self._balance = 0

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative")
        self._balance = value


class Savings(Account):
    @Account.balance.getter
    def balance(self):
        return "savings: %d" % self._balance


class Base:
    kind = "base"
    shared = []

    def __init__(self, name):
        self.name = name

    @property
    def label(self):
        return "Base label of " + self.name

    @property
    def size(self):
        return len(self.name)

    def describe(self):
        return "%s (%s, %d)" % (self.label, self.kind, self.size)


class Child(Base):
    kind = "child"

    @property
    def label(self):
        return "Child<" + super().label + ">"


class Grandchild(Child):
    def describe(self):
        return "GC: " + super().describe()


b, c, g = Base("b"), Child("cc"), Grandchild("ggg")
for obj in (b, c, g):
    print(obj.describe())

# Instance attributes shadow class attributes; deleting them uncovers the class value.
c.kind = "instance kind"
print(c.kind, Child.kind, Base.kind)
del c.kind
print(c.kind)

# A property cannot be shadowed by an instance attribute assignment.
try:
    c.label = "x"
except AttributeError:
    print("AttributeError: property without a setter")

# A mutable class attribute is shared by all instances until one rebinds it.
b.shared.append("from b")
c.shared.append("from c")
print(Base.shared, Child.shared is Base.shared)
g.shared = ["own list"]
print(g.shared, Base.shared)

# Changing a class attribute is seen by instances that did not override it.
Base.kind = "changed base"
print(b.kind, c.kind, Base("new").kind)
Child.kind = "changed child"
print(g.kind)


# Methods are looked up on the class at call time.
def replacement(self):
    return "replaced for " + self.name


Base.describe = replacement
print(b.describe(), g.describe())


# Class attributes set after class creation work like those in the body.
class Late:
    pass


Late.x = 5
Late.method = lambda self, v: v + self.x
inst = Late()
print(inst.x, inst.method(1))


# Inherited property setters and overriding only the getter (Account and Savings, at the top).
s = Savings()
s.balance = 50
print(s.balance)
try:
    s.balance = -1
except ValueError:
    print("setter inherited: ValueError")

# hasattr/getattr/setattr with defaults follow the same lookup.
print(hasattr(b, "name"), hasattr(b, "missing"), getattr(b, "missing", "default"), getattr(c, "kind"))
setattr(b, "dynamic", 1)
print(b.dynamic, getattr(Base, "kind"))


# __getattr__ is called only for names that normal lookup does not find.
class Fallback(Base):
    def __getattr__(self, name):
        return "fallback for " + name


f = Fallback("f")
print(f.name, f.kind, f.size, f.unknown)


# A class attribute that is a function becomes a bound method; a staticmethod does not bind.
class Methods:
    def plain(self):
        return "plain bound to " + type(self).__name__

    @staticmethod
    def static():
        return "static"

    @classmethod
    def klass(cls):
        return "class " + cls.__name__


class SubMethods(Methods):
    pass


sm = SubMethods()
print(sm.plain(), sm.static(), sm.klass(), SubMethods.klass(), Methods.plain(sm))
bound = sm.plain
print(bound(), bound() == sm.plain())
