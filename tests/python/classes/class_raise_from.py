# raise ... from ..., __cause__, __context__ and __suppress_context__.
class ConfigError(Exception):
    pass


def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad config") from e


try:
    load("x")
except ConfigError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__, type(e.__context__).__name__)

try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)

try:
    try:
        1 // 0
    except ZeroDivisionError:
        raise ValueError("quiet") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

try:
    raise KeyError("k") from IndexError
except KeyError as e:
    print(type(e.__cause__).__name__)

try:
    raise ValueError from 5
except TypeError:
    print("TypeError for a bad cause")

e = ValueError("v")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError("c")
print(type(e.__cause__).__name__, e.__suppress_context__)
