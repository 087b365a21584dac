# Checks that exception args can be replaced (any iterable becomes a tuple) and str() follows the new args.
e = ValueError("first")
e.args = ("second", 2)
print(e.args, str(e), repr(e))
e.args = ["listed"]
print(e.args, type(e.args).__name__, str(e))
e.args = ()
print(e.args, "[" + str(e) + "]")
class Custom(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
c = Custom(7)
print(c.args, c.code, str(c))
c.args = (c.code * 2,)
print(c.args, str(c), c.code)
try:
    e.args = 5
except TypeError:
    print("TypeError")
