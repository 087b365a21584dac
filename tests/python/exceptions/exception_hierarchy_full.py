# Checks every built-in exception MicroPython has (and RecursionError, ModuleNotFoundError) and its place in the hierarchy.
tree = [
    (BaseException, object), (SystemExit, BaseException), (KeyboardInterrupt, BaseException),
    (GeneratorExit, BaseException), (Exception, BaseException), (StopIteration, Exception),
    (StopAsyncIteration, Exception), (ArithmeticError, Exception), (OverflowError, ArithmeticError),
    (ZeroDivisionError, ArithmeticError), (AssertionError, Exception), (AttributeError, Exception),
    (EOFError, Exception), (ImportError, Exception), (ModuleNotFoundError, ImportError),
    (LookupError, Exception), (IndexError, LookupError), (KeyError, LookupError),
    (MemoryError, Exception), (NameError, Exception), (OSError, Exception),
    (RuntimeError, Exception), (NotImplementedError, RuntimeError), (RecursionError, RuntimeError),
    (SyntaxError, Exception), (IndentationError, SyntaxError), (TypeError, Exception),
    (ValueError, Exception), (UnicodeError, ValueError), (BaseExceptionGroup, BaseException),
    (ExceptionGroup, BaseExceptionGroup), (ExceptionGroup, Exception),
]
for cls, base in tree:
    print(cls.__name__, issubclass(cls, base), issubclass(cls, Exception), issubclass(base, cls) and cls is not base)
names = [cls for cls, base in tree]
print(sum(issubclass(cls, LookupError) for cls in names), sum(issubclass(cls, ArithmeticError) for cls in names))
print([cls.__name__ for cls in names if not issubclass(cls, Exception)])
try:
    raise RecursionError("mine")
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    raise ModuleNotFoundError("nope")
except ImportError as e:
    print(type(e).__name__, e.args)
