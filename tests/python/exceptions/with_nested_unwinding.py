# Checks nested with statements unwind in reverse order on an exception, and each __exit__ sees it.
class Res:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    def __enter__(self):
        self.log.append("enter " + self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        self.log.append("exit %s %s" % (self.name, exc_type.__name__ if exc_type else "-"))
        return self.name == "b" and exc_type is KeyError
log = []
try:
    with Res("a", log), Res("b", log), Res("c", log):
        raise ValueError("v")
except ValueError:
    log.append("caught ValueError")
print(log)
log = []
with Res("a", log):
    with Res("b", log):
        with Res("c", log):
            raise KeyError("k")
    log.append("after b")
print(log)
log = []
try:
    with Res("x", log) as x, Res("y", log) as y:
        log.append("body %s %s" % (x.name, y.name))
finally:
    log.append("finally")
print(log)
