# Checks isinstance/issubclass with nested tuples of types, bool as int, user classes, and bad second arguments.
class A:
    pass
class B(A):
    pass
print(isinstance(1, (str, (float, (int,)))), isinstance("", ()), issubclass(B, ((), (A,))))
print(isinstance(True, int), isinstance(1, bool), isinstance(B(), A), isinstance(A(), B), isinstance(A, type))
print(issubclass(bool, (int, str)), issubclass(B, B), issubclass(A, object), issubclass(int, object))
print(isinstance(None, type(None)), isinstance(len, type(print)), isinstance([], (list, tuple)))
print(isinstance(B, (A, type)), issubclass(type, object), isinstance(object, type), isinstance(type, type))
for bad in (lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)) and 0, lambda: issubclass(1, int),
            lambda: issubclass(int, [int]), lambda: isinstance(1, [int])):
    try:
        print(bad())
    except TypeError:
        print("TypeError")
