# Checks that an exception raised in finally replaces the one in flight and keeps it as __context__.
def replace():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")
try:
    replace()
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__, e.__context__.args)
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally won"
print(swallow())
def nested():
    try:
        try:
            raise OSError("deep")
        finally:
            print("inner finally")
    except OSError as e:
        return "handled " + str(e)
    finally:
        print("outer finally")
print(nested())
