# Checks subclasses of list, dict, str, int and tuple: overridden methods, extra attributes and result types.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1])
s.push(2).push(3)
print(s, s.peek(), len(s), type(s[:1]).__name__, type(s + [4]).__name__, isinstance(s, list))
class Registry(dict):
    def register(self, key):
        self[key] = len(self)
        return self
d = Registry(a=0).register("b").register("c")
print(d, d["c"], d.get("zz"), "b" in d, len(d), type(d.copy()).__name__)
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hi")
print(u, u.shout(), type(u + "x").__name__, u == "hi", len(u), isinstance(u, str))
class Even(int):
    def is_even(self):
        return self % 2 == 0
e = Even(7)
print(e, e + 1, type(e + 1).__name__, isinstance(e, int), e.is_even(), Even(10) == 10)
class Pair(tuple):
    def swap(self):
        return Pair((self[1], self[0]))
p = Pair((1, 2))
print(p, p.swap(), type(p.swap()).__name__, p == (1, 2), hash(p) == hash((1, 2)))
