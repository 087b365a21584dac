# Checks except clauses with types held in variables and tuples built at run time, and a non-exception type in except.
errors = (KeyError, IndexError)
chosen = ValueError
def catch(exc):
    try:
        raise exc
    except errors as e:
        return "errors tuple " + type(e).__name__
    except chosen:
        return "chosen"
    except tuple([TypeError, OSError, RuntimeError]):
        return "built tuple"
for exc in (KeyError, IndexError(), ValueError, TypeError, NotImplementedError, OSError):
    print(catch(exc))
try:
    try:
        raise ValueError
    except int:
        print("never")
except TypeError:
    print("TypeError for int in except")
try:
    try:
        raise ValueError
    except (ValueError, "text"):
        print("matched before the bad item")
except TypeError:
    print("TypeError for str in tuple")
