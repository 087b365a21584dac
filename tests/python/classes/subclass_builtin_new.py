# Checks __new__ of built-in types: super().__new__(cls, v) and int/float/str/tuple/bytes.__new__ from subclasses.
class Doubled(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
class Plus1(float):
    def __new__(cls, v):
        return float.__new__(cls, v + 1)
class Upper(str):
    def __new__(cls, v):
        return str.__new__(cls, v.upper())
class Shout(str):
    def __new__(cls, v):
        return super().__new__(cls, v + "!")
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
class Raw(bytes):
    def __new__(cls, text):
        return bytes.__new__(cls, text, "utf-8")
for v in (Doubled(5), Plus1(1.5), Upper("abc"), Shout("hi"), Pair(1, 2), Pair(1, 2).swap(), Raw("é")):
    print(repr(v), type(v).__name__)
print(Doubled(5) + 1, Upper("ab") + "c", Upper("ab").lower(), len(Pair(3, 4)), Raw("ab")[0])
print(int.__new__(int, "12"), float.__new__(float, "1.5"), str.__new__(str, 5), tuple.__new__(tuple, "ab"))
# Mutable built-ins are made empty by __new__; __init__ fills them.
print(list.__new__(list, [1]), dict.__new__(dict, a=1), bytearray.__new__(bytearray, 3), set.__new__(set, [2]))
print(type(int.__new__(Doubled, 7)).__name__, int.__new__(Doubled, 7))
class WithInit(int):
    def __new__(cls, v, label):
        self = super().__new__(cls, v)
        self.label = label
        return self
    def __init__(self, v, label):
        self.seen = (v, label)
w = WithInit(4, "four")
print(w, w.label, w.seen, w * 2)
class Bag(list):
    def __new__(cls, *args):
        return super().__new__(cls)
b = Bag([1, 2])
print(b, len(b), type(b).__name__)
for bad in (lambda: int.__new__(Plus1, 1), lambda: int.__new__(5), lambda: object.__new__(Doubled),
            lambda: str.__new__(list)):
    try:
        bad()
    except TypeError:
        print("TypeError")
