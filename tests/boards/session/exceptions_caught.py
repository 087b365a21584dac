# Exceptions raised and caught: handlers, else/finally, chaining, custom exception classes.
class AppError(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


def risky(n):
    if n == 0:
        raise AppError(7)
    if n == 1:
        return [1][5]
    if n == 2:
        return {}["missing"]
    return 10 // (n - 3)


for n in range(5):
    try:
        print("result", risky(n))
    except AppError as e:
        print("AppError", e.code, e.args)
    except (IndexError, KeyError) as e:
        print(type(e).__name__, e)
    except ZeroDivisionError:
        print("ZeroDivisionError")
    else:
        print("no error")
    finally:
        print("finally", n)

try:
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)


def cleanup():
    try:
        return "from try"
    finally:
        print("cleanup ran")


print(cleanup())
