# Checks user exceptions with extra attributes, custom __init__ and __str__, and their args.
class HTTPError(Exception):
    def __init__(self, status, reason=""):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
    def __str__(self):
        return "%d %s" % (self.status, self.reason)
class NotFound(HTTPError):
    def __init__(self, path):
        super().__init__(404, "Not Found")
        self.path = path
try:
    raise NotFound("/x")
except HTTPError as e:
    print(e.status, e.reason, e.path, e.args, str(e), isinstance(e, NotFound))
class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b
e = NoSuper(1, 2)
print(e.total, e.args, str(e))
class WithDefault(ValueError):
    message = "default message"
    def __str__(self):
        return self.message
print(str(WithDefault()), WithDefault("x").args, repr(WithDefault("x")))
