# The scoping rules of class bodies.
x = "global"


class A:
    x = "class"
    y = x  # the class's own x
    items = [x for _ in range(2)]  # a comprehension does not see class names

    def method(self):
        return x  # nor does a method

    z = method(None)


print(A.y, A.items, A().method(), A.z)


def make():
    x = "enclosing"

    class B:
        seen = x  # free variable of the function around

        def get(self):
            return x

    return B


B = make()
print(B.seen, B().get())


def shadow():
    v = "outer"

    class C:
        v = "class"
        w = v

    return C.w, v


print(shadow())


class Counter:
    count = 0
    for i in range(3):
        count += i
    del i


print(Counter.count, hasattr(Counter, "i"))


class WithGlobal:
    global declared_in_class
    declared_in_class = 5


print(declared_in_class, hasattr(WithGlobal, "declared_in_class"))


class Nested:
    class Inner:
        value = 1

    value = Inner.value + 1


print(Nested.value, Nested.Inner.value, Nested.Inner.__qualname__)
print(A.__module__, A.__qualname__, B.__qualname__)
