# Checks classmethods and staticmethods called through classes, instances and subclasses.
class Base:
    tag = "base"
    @classmethod
    def make(cls, *args):
        return cls.__name__, cls.tag, args
    @staticmethod
    def helper(x, y=2):
        return x * y
    def inst(self):
        return type(self).__name__, self.make(1), self.helper(3)
class Sub(Base):
    tag = "sub"
print(Base.make(), Base().make(1), Sub.make(), Sub().make(2, 3))
print(Base.helper(4), Base().helper(4, 3), Sub.helper(5), Sub().helper(x=1, y=7))
print(Base().inst(), Sub().inst())
class Override(Sub):
    @classmethod
    def make(cls):
        return "override", super().make("via super")
print(Override.make(), Override().make())
f = Sub.make
print(f(), Base.__dict__["helper"] is not None, callable(Sub.helper))
print(type(Base.__dict__["make"]).__name__, type(Base.__dict__["helper"]).__name__)
