# Checks a user exception hierarchy: except order, catching by base, tuples of classes and re-raising.
class AppError(Exception):
    pass
class DbError(AppError):
    pass
class ConnError(DbError):
    def __str__(self):
        return "conn:" + ",".join(map(str, self.args))
def handle(exc):
    try:
        raise exc
    except ConnError as e:
        return "ConnError " + str(e)
    except DbError:
        return "DbError"
    except (KeyError, AppError) as e:
        return "tuple " + type(e).__name__
    except Exception:
        return "Exception"
for exc in [ConnError(1, 2), DbError(), AppError(), KeyError(), ValueError()]:
    print(handle(exc))
print(issubclass(ConnError, AppError), ConnError.__mro__[1].__name__, isinstance(ConnError(), Exception))
def reraise():
    try:
        raise DbError("first")
    except AppError:
        raise
try:
    reraise()
except DbError as e:
    print("reraised", e.args)
def convert():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise AppError("wrapped") from e
try:
    convert()
except AppError as e:
    print(e, type(e.__cause__).__name__)
