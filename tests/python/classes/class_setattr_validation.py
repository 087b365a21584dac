# Checks __setattr__ that validates and delegates to object.__setattr__, and __delattr__ that protects attributes.
class Strict:
    allowed = ("x", "y")
    def __init__(self):
        self.x = 0
    def __setattr__(self, name, value):
        if name not in self.allowed:
            raise AttributeError("cannot set " + name)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        if name == "x":
            raise AttributeError("x is protected")
        object.__delattr__(self, name)
s = Strict()
s.y = 5
print(s.x, s.y, sorted(s.__dict__.items()))
for action in (lambda: setattr(s, "z", 1), lambda: delattr(s, "x")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError", e)
del s.y
print(hasattr(s, "y"), s.x)
class Recorder:
    def __init__(self):
        object.__setattr__(self, "history", [])
    def __setattr__(self, name, value):
        self.history.append(name)
        object.__setattr__(self, name, value)
r = Recorder()
r.a = 1
r.b = 2
r.a = 3
print(r.history, r.a, r.b)
