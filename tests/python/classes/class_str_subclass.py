# Checks a str subclass: methods return plain str, equality and hashing as str, extra methods and attributes.
class Tag(str):
    def wrap(self):
        return "<" + self + ">"
t = Tag("abc")
print(t, repr(t), t == "abc", hash(t) == hash("abc"), {"abc": 1}[t], t.wrap(), len(t), t[1], t[::-1])
print(type(t.upper()).__name__, type(t + "x").__name__, type(t[0]).__name__, t.upper(), t.split("b"), "b" in t)
print(isinstance(t, str), "%s-%r" % (t, t), f"{t}!", "".join([t, t]), t * 2, sorted([Tag("b"), "a"]))
t.note = "extra"
print(t.note, str(t), type(str(t)).__name__, int(Tag("42")) + 1, Tag("x").join(["1", "2"]))
class Loud(str):
    def __str__(self):
        return self.upper()
print(str(Loud("hi")), "%s" % Loud("hi"), Loud("hi") + "!")
