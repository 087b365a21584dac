# Checks raising exception classes vs instances, raising non-exceptions, and exceptions in __init__.
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    raise ValueError()
except ValueError as e:
    print(type(e).__name__, e.args)
for bad in [5, "text", object, int]:
    try:
        raise bad
    except TypeError:
        print("TypeError for", type(bad).__name__)
class Failing:
    def __init__(self, n):
        if n < 0:
            raise ValueError("negative")
        self.n = n
try:
    Failing(-1)
except ValueError as e:
    print("init raised", e)
print(Failing(2).n)
class BadExc(Exception):
    def __init__(self):
        raise RuntimeError("from __init__")
try:
    raise BadExc
except RuntimeError as e:
    print("RuntimeError", e)
class Custom(Exception):
    def __init__(self, code, text):
        super().__init__(text)
        self.code = code
try:
    raise Custom(404, "not found")
except Custom as e:
    print(e.code, e, e.args)
