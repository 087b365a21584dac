# Checks try/except/else: matching by type, tuple of types, bare except, "as" binding and else clause.
def attempt(kind):
    try:
        if kind == 1:
            raise ValueError("bad value")
        elif kind == 2:
            raise TypeError("bad type")
        elif kind == 3:
            raise KeyError("k")
        elif kind == 4:
            raise RuntimeError("runtime")
        print("no exception for", kind)
    except ValueError as e:
        print("caught ValueError", e.args)
    except (TypeError, KeyError) as e:
        print("caught tuple member", type(e), e.args)
    except:
        print("bare except caught something")
    else:
        print("else ran for", kind)
for k in range(5):
    attempt(k)
try:
    x = 1
except ValueError:
    print("not printed")
else:
    print("else with x =", x)
try:
    raise IndexError
except IndexError as e:
    print("raised class", type(e), e.args)
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong handler")
except ValueError as e:
    print("outer caught", e.args[0])
try:
    raise ValueError("first")
except ValueError:
    try:
        raise TypeError("second")
    except TypeError as e2:
        print("nested handler", e2.args)
    print("back in first handler")
def swallow():
    try:
        return 1 // 0
    except ZeroDivisionError:
        return "swallowed"
print(swallow())
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("bound", e.args)
try:
    print(e)
except NameError:
    print("NameError: as-name is deleted after the handler")
for i in range(3):
    try:
        if i == 1:
            continue
        print("try body", i)
    except Exception:
        pass
    else:
        print("else", i)
