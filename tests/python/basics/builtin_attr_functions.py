# Checks hasattr/getattr/setattr/delattr, callable, isinstance/issubclass with tuples and errors.
class A:
    x = 1
    def m(self):
        return "m"
a = A()
print(hasattr(a, "x"), hasattr(a, "y"), getattr(a, "x"), getattr(a, "y", "default"), getattr(a, "m")())
setattr(a, "y", 5)
print(a.y, hasattr(a, "y"))
delattr(a, "y")
print(hasattr(a, "y"))
try:
    getattr(a, "nope")
except AttributeError:
    print("AttributeError get")
try:
    delattr(a, "nope")
except AttributeError:
    print("AttributeError del")
try:
    getattr(a, 5)
except TypeError:
    print("TypeError")
print(callable(len), callable(A), callable(a), callable(a.m), callable(5), callable(lambda: 0), callable("s"))
class B(A):
    pass
print(isinstance(B(), A), isinstance(a, B), isinstance(1, (str, int)), isinstance(1, (str, (list, int))), isinstance(1, ()))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), issubclass(bool, int), issubclass(int, object), issubclass(A, A))
print(isinstance(True, int), isinstance(None, object), isinstance(A, type), isinstance(int, type))
try:
    isinstance(1, 1)
except TypeError:
    print("TypeError isinstance")
try:
    issubclass(1, int)
except TypeError:
    print("TypeError issubclass")
