# Checks issubclass relations among built-in exception types and their base classes.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (ArithmeticError, Exception),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnicodeError, ValueError), (NotImplementedError, RuntimeError),
    (ImportError, Exception), (StopAsyncIteration, Exception),
    (KeyboardInterrupt, BaseException), (KeyboardInterrupt, Exception), (SystemExit, Exception),
    (GeneratorExit, Exception), (GeneratorExit, BaseException), (StopIteration, Exception),
    (AssertionError, Exception), (AttributeError, Exception), (NameError, Exception),
    (OSError, Exception), (EOFError, Exception), (MemoryError, Exception), (SyntaxError, Exception),
    (IndentationError, SyntaxError), (TypeError, ValueError), (Exception, BaseException),
    (ExceptionGroup, Exception), (BaseExceptionGroup, BaseException), (ExceptionGroup, BaseExceptionGroup),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print(issubclass(ZeroDivisionError, (KeyError, ArithmeticError)), isinstance(KeyError(), LookupError))
try:
    {}[1]
except LookupError as e:
    print("caught as LookupError", type(e).__name__)
try:
    1 / 0
except ArithmeticError as e:
    print("caught as ArithmeticError", type(e).__name__)
