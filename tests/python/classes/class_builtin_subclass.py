# Subclasses of list, dict, int, str and Exception.
class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list), sum(s))
print(s + [9], [x * 2 for x in s], 2 in s)


class Named(list):
    def __init__(self, name, items):
        super().__init__(items)
        self.name = name


n = Named("n", (4, 5))
print(n.name, n, len(n))


class Counter(dict):
    def add(self, key):
        self[key] = self.get(key, 0) + 1


c = Counter()
for ch in "hello":
    c.add(ch)
print(sorted(c.items()), c["l"], "h" in c, len(c), isinstance(c, dict))


class Defaults(dict):
    def __missing__(self, key):
        return key.upper()


d = Defaults(a=1)
print(d["a"])


class Age(int):
    def describe(self):
        return "age " + str(int(self))


a = Age(7)
print(a + 1, a * 2, a.describe(), a == 7, isinstance(a, int))


class Tag(str):
    def wrapped(self):
        return "<" + self + ">"


t = Tag("b")
print(t.wrapped(), t + "!", len(t), t == "b")


class AppError(Exception):
    def __init__(self, message, code):
        super().__init__(message)
        self.code = code


try:
    raise AppError("bad thing", 42)
except Exception as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, AppError))


class Quiet(ValueError):
    pass


try:
    raise Quiet("q")
except ValueError as e:
    print("caught as ValueError:", e, e.args)
try:
    raise Quiet
except Quiet as e:
    print("class raised", e.args)
