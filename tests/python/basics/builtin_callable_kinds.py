# Checks callable() on functions, builtins, classes, bound methods, lambdas, instances with and without __call__.
class Plain:
    def method(self):
        pass
class Calls:
    def __call__(self):
        return "called"
def gen():
    yield
items = [len, print, Plain, Plain(), Plain().method, Plain.method, lambda: 0, Calls, Calls(), gen, gen(),
         5, "s", None, int, type, [].append, str.upper, object()]
print([callable(x) for x in items])
print(Calls()(), callable(Calls.__call__), callable(callable))
try:
    Plain()()
except TypeError:
    print("TypeError")
