# Checks exceptions raised while handling others: __context__ chains, the handled one is restored afterwards.
def chain():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError as inner:
            return inner
inner = chain()
print(type(inner).__name__, type(inner.__context__).__name__, inner.__context__.args)
def three_levels():
    try:
        try:
            try:
                raise OSError("a")
            except OSError:
                raise TypeError("b")
        except TypeError:
            raise IndexError("c")
    except IndexError as e:
        names = []
        while e is not None:
            names.append(type(e).__name__)
            e = e.__context__
        return names
print(three_levels())
def reraise_inside():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        raise
try:
    reraise_inside()
except ValueError as e:
    print("re-raised", e)
