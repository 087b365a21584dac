# Checks int(), float() and complex() on classes with __int__, __float__, __complex__ and __index__.
class Both:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
class Index:
    def __index__(self):
        return 3
class Cplx:
    def __complex__(self):
        return 1 + 2j
class FloatOnly:
    def __float__(self):
        return 0.5
print(int(Both()), float(Both()), complex(Both()), int(Index()), float(Index()), complex(Index()))
print(complex(Cplx()), complex(FloatOnly()), complex(FloatOnly(), Both()), "%d %.1f" % (Both(), Both()))
class BadInt:
    def __int__(self):
        return "x"
class BadFloat:
    def __float__(self):
        return 1
for bad in (lambda: int(BadInt()), lambda: float(BadFloat()), lambda: int(object()),
            lambda: float(Cplx()), lambda: complex(object())):
    try:
        bad()
    except TypeError:
        print("TypeError")
