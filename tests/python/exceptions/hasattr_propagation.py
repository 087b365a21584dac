# Checks that hasattr and getattr with a default swallow only AttributeError; other errors from properties propagate.
class Thing:
    @property
    def broken(self):
        raise ValueError("property failed")
    @property
    def missing(self):
        raise AttributeError("computed missing")
    def __getattr__(self, name):
        if name == "dynamic":
            return "made"
        raise AttributeError(name)
t = Thing()
print(hasattr(t, "missing"), getattr(t, "missing", "default"), hasattr(t, "dynamic"), getattr(t, "nope", 0))
for f in (lambda: hasattr(t, "broken"), lambda: getattr(t, "broken", None)):
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
try:
    t.other
except AttributeError as e:
    print("AttributeError", e)
