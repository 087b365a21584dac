# object.__new__ makes objects of object and of classes; built-in types refuse.
print(object.__new__(object).__class__.__name__)
try:
    object.__new__(int)
except TypeError:
    print("TypeError")
class A:
    pass
print(type(object.__new__(A)).__name__)
