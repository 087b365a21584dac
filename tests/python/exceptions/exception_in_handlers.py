# Checks exceptions raised inside except, else and finally blocks and the context they carry.
def in_else():
    try:
        pass
    except Exception:
        return "no"
    else:
        raise ValueError("from else")
try:
    in_else()
except ValueError as e:
    print(e, e.__context__)
def in_except():
    try:
        raise KeyError("first")
    except KeyError:
        raise IndexError("second")
try:
    in_except()
except IndexError as e:
    print(e, repr(e.__context__))
def in_finally():
    try:
        raise KeyError("lost")
    finally:
        raise RuntimeError("wins")
try:
    in_finally()
except RuntimeError as e:
    print(e, repr(e.__context__))
def handler_var_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        return err
    except NameError:
        return "NameError"
print(handler_var_cleared())
