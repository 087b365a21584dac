# __str__ and __repr__, and how print, str, repr and containers use them.
class Both:
    def __str__(self):
        return "str-form"

    def __repr__(self):
        return "repr-form"


class OnlyRepr:
    def __repr__(self):
        return "R"


class OnlyStr:
    def __str__(self):
        return "S"


b = Both()
print(b, str(b), repr(b), [b], (b,), {1: b})
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(OnlyStr(), str(OnlyStr()))
print(str(b) + " " + repr(b))


class BadStr:
    def __str__(self):
        return 42


try:
    str(BadStr())
except TypeError:
    print("TypeError")
