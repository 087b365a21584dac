// Exceptions: the built-in hierarchy, exception objects with their tracebacks,
// and the ways to raise one from C++.
#ifndef MP_OBJECTS_EXCEPTION_H_
#define MP_OBJECTS_EXCEPTION_H_

#include <stddef.h>
#include <stdint.h>

#include "objects/object.h"
#include "objects/print.h"

namespace mp::objects {

struct Tuple;

// X(name, base): every built-in exception type below BaseException, parents
// first.
#define MP_EXCEPTION_TYPES(X)           \
  X(SystemExit, BaseException)          \
  X(KeyboardInterrupt, BaseException)   \
  X(GeneratorExit, BaseException)       \
  X(Exception, BaseException)           \
  X(StopIteration, Exception)           \
  X(StopAsyncIteration, Exception)      \
  X(ArithmeticError, Exception)         \
  X(OverflowError, ArithmeticError)     \
  X(ZeroDivisionError, ArithmeticError) \
  X(AssertionError, Exception)          \
  X(AttributeError, Exception)          \
  X(EOFError, Exception)                \
  X(ImportError, Exception)             \
  X(ModuleNotFoundError, ImportError)   \
  X(LookupError, Exception)             \
  X(IndexError, LookupError)            \
  X(KeyError, LookupError)              \
  X(MemoryError, Exception)             \
  X(NameError, Exception)               \
  X(UnboundLocalError, NameError)       \
  X(OSError, Exception)                 \
  X(RuntimeError, Exception)            \
  X(NotImplementedError, RuntimeError)  \
  X(RecursionError, RuntimeError)       \
  X(SyntaxError, Exception)             \
  X(IndentationError, SyntaxError)      \
  X(TypeError, Exception)               \
  X(ValueError, Exception)              \
  X(UnicodeError, ValueError)

extern const Type kBaseExceptionType;
#define MP_X(name, base) extern const Type k##name##Type;
MP_EXCEPTION_TYPES(MP_X)
#undef MP_X

struct TracebackEntry {
  Qstr file;
  Qstr block;  // the function's name, or q::empty for a syntax error's location
  uint32_t line;
};

struct ExceptionObject {
  Object base;
  const Tuple* args;
  TracebackEntry* traceback;  // innermost call last
  uint16_t traceback_length;
  uint16_t traceback_capacity;
  bool suppress_context;  // `raise ... from ...` was used
  Value cause;            // __cause__, or null for None
  Value context;          // __context__, or null for None
};

// The attr slot of exception types (args, value, __cause__, ...), for types
// that extend it.
void ExceptionAttr(Value self, Qstr attr, Value* dest);

// The exception object of an exception value: itself, or the one inside an
// instance of a class derived from an exception type.
ExceptionObject* ExceptionData(Value exception);
// raise exception from cause: cause is an exception (or exception class,
// instantiated) or None; raises TypeError for anything else.
void SetExceptionCause(Value exception, Value cause);
// Records what was being handled when `exception` was raised (__context__),
// unless it has a context already.
void SetExceptionContext(Value exception, Value context);

Value NewException(const Type* type, size_t n_args, const Value* args);

bool IsException(Value value);
// Whether `exception` is an instance of the exception type `match`, or of one
// in the tuple `match` (as `except` tests it).
bool ExceptionMatches(Value exception, Value match);

// Raises an exception instance, or an exception type (instantiated with no
// arguments).
[[noreturn]] void Raise(Value exception);
// Raises type(message); the message must outlive the exception (a string
// literal).
[[noreturn]] void RaiseMessage(const Type* type, const char* message);
// Raises type(formatted message); see Printf for the format.
[[noreturn]] void RaiseFormat(const Type* type, const char* format, ...);
// Raises OSError(error_number), as MicroPython does for a failed system call;
// error_number is an errno (ENOENT), and str() names it: "[Errno 2] ENOENT".
[[noreturn]] void RaiseOSError(int error_number);
// Raises the preallocated MemoryError, which needs no memory.
[[noreturn]] void RaiseMemoryError(size_t requested_bytes);
Object* NewPreallocatedMemoryError();

// Records that the exception passed through a frame. Never raises: when memory
// is short, the entry is dropped.
void AddTraceback(Value exception, Qstr file, size_t line, Qstr block);
void ClearTraceback(Value exception);
// "Traceback (most recent call last):", the entries, then "Type: message".
void PrintException(const Printer& printer, Value exception);

}  // namespace mp::objects

#endif  // MP_OBJECTS_EXCEPTION_H_
