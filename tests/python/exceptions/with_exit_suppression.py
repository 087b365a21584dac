# Checks context managers and exceptions: __exit__ sees the exception, a true return suppresses it, false re-raises.
class Manager:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Manager(True):
    raise KeyError("swallowed")
print("after suppressed")
try:
    with Manager(False):
        raise ValueError("kept")
except ValueError as e:
    print("caught", e)
with Manager(False) as m:
    print("body", m.suppress)
class Raising:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise RuntimeError("from exit")
try:
    with Raising():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError", e, type(e.__context__).__name__)
def early():
    with Manager(False):
        return "returned"
print(early())
