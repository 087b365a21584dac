# Checks catching exceptions by base classes and isinstance relations between exception types.
cases = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (IndexError, LookupError),
    (KeyError, LookupError),
    (ValueError, Exception),
    (TypeError, Exception),
    (NameError, Exception),
    (UnboundLocalError, NameError),
    (NotImplementedError, RuntimeError),
    (AssertionError, Exception),
    (StopIteration, Exception),
    (AttributeError, Exception),
    (Exception, BaseException),
    (KeyboardInterrupt, BaseException),
    (SystemExit, BaseException),
]
for sub, base in cases:
    try:
        raise sub("msg")
    except base as e:
        print(sub, "caught by", base, isinstance(e, sub), isinstance(e, base))
for exc in (KeyboardInterrupt("k"), SystemExit(3)):
    try:
        try:
            raise exc
        except Exception:
            print("not printed: not an Exception subclass")
    except BaseException as e:
        print("BaseException caught", type(e), e.args)
def which(e):
    try:
        raise e
    except IndexError:
        return "IndexError handler"
    except LookupError:
        return "LookupError handler"
    except ArithmeticError:
        return "ArithmeticError handler"
    except Exception:
        return "Exception handler"
for e in (IndexError(), KeyError(), ZeroDivisionError(), OverflowError(), ValueError()):
    print(type(e), which(e))
e = KeyError("x")
print(isinstance(e, KeyError), isinstance(e, LookupError), isinstance(e, Exception),
      isinstance(e, BaseException), isinstance(e, IndexError), isinstance(e, ValueError))
print(isinstance(ValueError, type), isinstance(5, Exception))
try:
    raise ValueError("v")
except (IndexError, ArithmeticError):
    print("not printed")
except (TypeError, Exception) as e:
    print("second tuple caught", type(e))
