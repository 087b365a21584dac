# Checks NameError and UnboundLocalError: globals, locals assigned later, deleted names and the except-as name.
try:
    missing_name
except NameError as e:
    print("NameError", type(e).__name__)
def later():
    print(value)
    value = 1
try:
    later()
except UnboundLocalError:
    print("UnboundLocalError", issubclass(UnboundLocalError, NameError))
def deleted():
    x = 1
    del x
    return x
try:
    deleted()
except NameError as e:
    print(type(e).__name__)
def after_except():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
try:
    after_except()
except NameError as e:
    print(type(e).__name__)
g = 5
del g
try:
    g
except NameError:
    print("global deleted")
