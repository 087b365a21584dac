# __new__: singletons, and instances of other types.
class Single:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.count = 0
        return cls._instance

    def __init__(self):
        self.count += 1


a = Single()
b = Single()
print(a is b, a.count)


class NotMine:
    def __new__(cls, value):
        return value * 2

    def __init__(self, value):
        print("never")


print(NotMine(21))


class Logged:
    def __new__(cls, *args):
        obj = object.__new__(cls)
        obj.args = args
        return obj

    def __init__(self, a, b):
        self.sum = a + b


l = Logged(1, 2)
print(l.args, l.sum)
