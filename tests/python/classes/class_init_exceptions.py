# Checks an exception raised in __init__: it propagates, no object is bound, and partially built state is not kept.
made = []
class Fragile:
    def __init__(self, ok):
        made.append(self)
        self.partial = True
        if not ok:
            raise ValueError("bad input")
        self.done = True
f = None
try:
    f = Fragile(False)
except ValueError as e:
    print("ValueError", e, f)
print(len(made), made[0].partial, hasattr(made[0], "done"))
good = Fragile(True)
print(good.done, len(made))
class Base:
    def __init__(self):
        raise RuntimeError("base refuses")
class Child(Base):
    def __init__(self):
        self.before = 1
        super().__init__()
        self.after = 2
try:
    Child()
except RuntimeError as e:
    print("RuntimeError", e)
class BadReturn:
    def __init__(self):
        return 5
try:
    BadReturn()
except TypeError:
    print("TypeError")
class NewFails:
    def __new__(cls):
        raise KeyError("no")
    def __init__(self):
        print("never")
try:
    NewFails()
except KeyError as e:
    print("KeyError", e)
