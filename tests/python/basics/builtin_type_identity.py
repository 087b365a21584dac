# Checks type(): the type of each kind of value, identity of types, type(type), and types as values and dict keys.
values = [1, 2 ** 80, True, 1.5, 1j, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), range(1),
          slice(1), None, ..., type, object(), (x for x in [])]
print([type(v).__name__ for v in values])
print(type(1) is int, type(2 ** 80) is int, type(True) is bool, type(True) is not int, type(type) is type)
print(type(int) is type, type(None) is type(None), type("")("x"), type([])((1, 2)), type(1)("7"))
class A:
    pass
a = A()
print(type(a) is A, type(A) is type, type(a).__name__, {int: "int", str: "str"}[type("x")], int == int, int != str)
print(type(a) == A, type(3) in (int, float), [t.__name__ for t in (int, float, bool, dict)], type(...).__name__)
