# Checks multiple inheritance diamonds: MRO order, cooperative super() calls and attribute resolution.
log = []
class Root:
    def __init__(self):
        log.append("Root")
    def who(self):
        return ["Root"]
class Left(Root):
    def __init__(self):
        log.append("Left")
        super().__init__()
    def who(self):
        return ["Left"] + super().who()
class Right(Root):
    side = "right"
    def __init__(self):
        log.append("Right")
        super().__init__()
    def who(self):
        return ["Right"] + super().who()
class Bottom(Left, Right):
    def __init__(self):
        log.append("Bottom")
        super().__init__()
    def who(self):
        return ["Bottom"] + super().who()
b = Bottom()
print(log, b.who(), b.side)
print([c.__name__ for c in Bottom.__mro__])
print(isinstance(b, Right), issubclass(Bottom, Root), Bottom.__bases__ == (Left, Right))
class A:
    def f(self):
        return "A"
class B(A):
    pass
class C(A):
    def f(self):
        return "C"
class D(B, C):
    pass
print(D().f(), super(B, D()).f(), super(C, D()).f())
try:
    class Bad(A, B):
        pass
except TypeError:
    print("TypeError MRO")
