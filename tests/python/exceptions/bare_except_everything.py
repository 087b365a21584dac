# Checks that a bare except catches every exception, including SystemExit, KeyboardInterrupt and GeneratorExit.
for exc in (ValueError("v"), SystemExit(3), KeyboardInterrupt(), GeneratorExit(), StopIteration(1), BaseException("b")):
    try:
        raise exc
    except:
        print("caught", type(exc).__name__)
def reraise():
    try:
        raise KeyboardInterrupt
    except:
        raise
try:
    reraise()
except BaseException as e:
    print("outer", type(e).__name__, isinstance(e, Exception))
try:
    raise SystemExit
except Exception:
    print("not Exception")
except BaseException as e:
    print("BaseException handler", type(e).__name__)
