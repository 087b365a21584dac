# Checks that the first matching except clause wins, whatever order subclasses and bases are listed in.
def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError clause"
    except LookupError:
        return "LookupError clause"
    except (TypeError, ValueError):
        return "tuple clause"
    except Exception:
        return "Exception clause"
for exc in (KeyError(), IndexError(), ValueError(), UnicodeError(), TypeError(), ZeroDivisionError(), RuntimeError()):
    print(type(exc).__name__, classify(exc))
def base_first(exc):
    try:
        raise exc
    except Exception:
        return "base"
    except KeyError:
        return "never"
print(base_first(KeyError()))
try:
    try:
        raise SystemExit(2)
    except Exception:
        print("not caught here")
except SystemExit as e:
    print("SystemExit", e.code)
