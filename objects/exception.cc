#include "objects/exception.h"

#include <errno.h>
#include <string.h>

#include "objects/builtin_function.h"
#include "objects/instance.h"
#include "objects/map.h"
#include "objects/nlr.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/vstr.h"

namespace mp::objects {
namespace {

constexpr size_t kMemoryErrorMessageBytes = 64;
constexpr uint16_t kPreallocatedTracebackEntries = 8;

// The errno names that OSError(n)'s str() shows, as MicroPython's do: those of
// MicroPython's errno module that files raise (its socket errors come with
// sockets). Numbers are <errno.h>'s, which the hal's errors are.
#define MP_ERRNO_NAMES(X) \
  X(EPERM)                \
  X(ENOENT)               \
  X(EIO)                  \
  X(EBADF)                \
  X(EAGAIN)               \
  X(ENOMEM)               \
  X(EACCES)               \
  X(EEXIST)               \
  X(ENODEV)               \
  X(EISDIR)               \
  X(EINVAL)               \
  X(EOPNOTSUPP)

#define MP_X(name) name,
constexpr uint8_t kErrnoNumbers[] = {MP_ERRNO_NAMES(MP_X)};
#undef MP_X
// The names in the same order, each ended by a NUL: denser than a table of
// pointers.
#define MP_X(name) #name "\0"
constexpr char kErrnoNames[] = MP_ERRNO_NAMES(MP_X);
#undef MP_X
#undef MP_ERRNO_NAMES

const char* ErrnoName(Value number) {
  const char* name = kErrnoNames;
  for (uint8_t known : kErrnoNumbers) {
    if (number == Value::SmallInt(known)) return name;
    name += strlen(name) + 1;
  }
  return nullptr;
}

void PrintExceptionObject(const Printer& printer, Value self, PrintKind kind) {
  const auto* exception = ExceptionData(self);
  const Tuple* args = exception->args;
  if (kind == PrintKind::kRepr) {
    printer.Write(Shared().qstrs.Data(TypeName(self)));
    printer.Char('(');
    for (size_t i = 0; i < args->length; ++i) {
      if (i > 0) printer.Write(", ");
      PrintValue(printer, args->items[i], PrintKind::kRepr);
    }
    printer.Char(')');
    return;
  }
  if (args->length == 0) return;
  const char* errno_name;
  if (args->length == 1 && TypeOf(self) == &kOSErrorType &&
      (errno_name = ErrnoName(args->items[0])) != nullptr) {
    // MicroPython's form for the OSError(errno) it raises.
    Printf(printer, "[Errno %d] %s",
           static_cast<int>(args->items[0].AsSmallInt()), errno_name);
    return;
  }
  if (args->length == 2 && IsSubclass(TypeOf(self), &kOSErrorType)) {
    // OSError(errno, strerror), as CPython shows it.
    printer.Write("[Errno ");
    PrintValue(printer, args->items[0], PrintKind::kStr);
    printer.Write("] ");
    PrintValue(printer, args->items[1], PrintKind::kStr);
    return;
  }
  if (args->length == 1) {
    // A KeyError names its key as repr() would, as in CPython.
    bool key_error = IsSubclass(TypeOf(self), &kKeyErrorType);
    PrintValue(printer, args->items[0],
               key_error ? PrintKind::kRepr : PrintKind::kStr);
    return;
  }
  PrintValue(printer, Value(&args->base), PrintKind::kRepr);
}

Value MakeNewException(const Type* type, size_t n_args, size_t n_kw,
                       const Value* args) {
  CheckArgCount(n_args, n_kw, 0, SIZE_MAX, false);
  return NewException(type, n_args, args);
}

Value NoneIfNull(Value value) { return value.IsNull() ? Value::None() : value; }

}  // namespace

void ExceptionAttr(Value self, Qstr attr, Value* dest) {
  ExceptionObject* exception = ExceptionData(self);
  if (dest[0] == Value::Sentinel()) {
    // Stores: args and the chaining attributes.
    Value value = dest[1];
    if (value.IsNull()) return;  // deleting them is not supported
    if (attr == q::dunder_cause) {
      SetExceptionCause(self, value);
      dest[0] = Value();
    } else if (attr == q::args) {
      // Any iterable, kept as a tuple (as CPython does).
      Value args = Call(Value(&kTupleType.base), 1, 0, &value);
      ExceptionData(self)->args = args.As<Tuple>();
      dest[0] = Value();
    } else if (attr == q::dunder_context) {
      exception->context = value.IsNone() ? Value() : value;
      dest[0] = Value();
    } else if (attr == q::dunder_suppress_context) {
      exception->suppress_context = IsTrue(value);
      dest[0] = Value();
    }
    return;
  }
  if (!dest[0].IsNull()) return;
  const Tuple* args = exception->args;
  if (attr == q::args) {
    dest[0] = Value(&args->base);
  } else if (attr == q::value) {
    // StopIteration's value; as in MicroPython, every exception has it.
    dest[0] = args->length > 0 ? args->items[0] : Value::None();
  } else if (attr == q::code && IsSubclass(TypeOf(self), &kSystemExitType)) {
    dest[0] = args->length == 0   ? Value::None()
              : args->length == 1 ? args->items[0]
                                  : Value(&args->base);
  } else if (IsSubclass(TypeOf(self), &kOSErrorType) &&
             (attr == q::errno_ || attr == q::strerror)) {
    // OSError(errno[, strerror]): MicroPython raises OSError(errno) with
    // one argument, and its errno is that argument.
    size_t index = attr == q::errno_ ? 0 : 1;
    dest[0] = args->length > index ? args->items[index] : Value::None();
  } else if (attr == q::dunder_cause) {
    dest[0] = NoneIfNull(exception->cause);
  } else if (attr == q::dunder_context) {
    dest[0] = NoneIfNull(exception->context);
  } else if (attr == q::dunder_suppress_context) {
    dest[0] = Value::Bool(exception->suppress_context);
  }
}

namespace {

// BaseException.__init__(self, *args): sets args again (a subclass's
// __init__ calls it through super() with the arguments it wants kept).
Value ExceptionInit(size_t n_args, size_t /*n_kw*/, const Value* args) {
  ExceptionObject* exception = ExceptionData(args[0]);
  exception->args = n_args == 1 ? &kEmptyTuple : NewTuple(n_args - 1, args + 1);
  return Value::None();
}

constexpr BuiltinFunction kExceptionInit = {
    {&kBuiltinFunctionType}, q::dunder_init,     1, kAnyNumberOfArgs, false,
    ExceptionInit,           &kBaseExceptionType};
constexpr auto kExceptionMethods = SortedByKey(StaticMapTable<2>{{
    {Value::FromQstr(q::dunder_new),
     Value(&kBuiltinTypeNew<&kBaseExceptionType>.base)},
    {Value::FromQstr(q::dunder_init), Value(&kExceptionInit.base)},
}});
constexpr StaticMap kExceptionLocals = kExceptionMethods.map();

// Writes into a fixed buffer, dropping what does not fit: used where allocating
// is not allowed.
struct FixedBuffer {
  char* data;
  size_t capacity;
  size_t length;
  static void Write(void* context, const char* text, size_t n) {
    auto* buffer = static_cast<FixedBuffer*>(context);
    size_t room = buffer->capacity - buffer->length;
    if (n > room) n = room;
    memcpy(buffer->data + buffer->length, text, n);
    buffer->length += n;
  }
};

}  // namespace

#define MP_EXCEPTION_TYPE_FIELDS(name_qstr, base_type_ptr)                \
  .base = {&kTypeType}, .name = name_qstr, .print = PrintExceptionObject, \
  .make_new = MakeNewException, .attr = ExceptionAttr,                    \
  .base_type = base_type_ptr

const Type kBaseExceptionType = {
    MP_EXCEPTION_TYPE_FIELDS(q::BaseException, nullptr),
    .locals = &kExceptionLocals};
#define MP_X(name, parent)     \
  const Type k##name##Type = { \
      MP_EXCEPTION_TYPE_FIELDS(q::name, &k##parent##Type)};
MP_EXCEPTION_TYPES(MP_X)
#undef MP_X
#undef MP_EXCEPTION_TYPE_FIELDS

Value NewException(const Type* type, size_t n_args, const Value* args) {
  auto* exception = New<ExceptionObject>();
  exception->base.type = type;
  exception->args = n_args == 0 ? &kEmptyTuple : NewTuple(n_args, args);
  return Value(&exception->base);
}

bool IsException(Value value) { return IsInstance(value, &kBaseExceptionType); }

ExceptionObject* ExceptionData(Value exception) {
  return NativeValue(exception).As<ExceptionObject>();
}

void SetExceptionCause(Value exception, Value cause) {
  if (IsType(cause) && IsSubclass(cause.As<Type>(), &kBaseExceptionType)) {
    cause = Call(cause, 0, 0, nullptr);
  }
  if (!cause.IsNone() && !IsException(cause)) {
    RaiseMessage(&kTypeErrorType,
                 "exception causes must derive from BaseException");
  }
  ExceptionObject* data = ExceptionData(exception);
  data->cause = cause.IsNone() ? Value() : cause;
  data->suppress_context = true;
}

void SetExceptionContext(Value exception, Value context) {
  if (!IsException(exception) || exception == context) return;
  ExceptionObject* data = ExceptionData(exception);
  if (data->context.IsNull()) data->context = context;
}

bool ExceptionMatches(Value exception, Value match) {
  if (TypeOf(match) == &kTupleType) {
    const auto* tuple = match.As<Tuple>();
    for (size_t i = 0; i < tuple->length; ++i) {
      if (ExceptionMatches(exception, tuple->items[i])) return true;
    }
    return false;
  }
  return IsType(match) && IsSubclass(TypeOf(exception), match.As<Type>());
}

void Raise(Value exception) {
  if (IsType(exception) &&
      IsSubclass(exception.As<Type>(), &kBaseExceptionType)) {
    exception = Call(exception, 0, 0, nullptr);
  }
  if (!IsException(exception)) {
    RaiseMessage(&kTypeErrorType, "exceptions must derive from BaseException");
  }
  NlrJump(exception);
}

void RaiseMessage(const Type* type, const char* message) {
  Value text = NewStaticStr(message, strlen(message));
  NlrJump(NewException(type, 1, &text));
}

void RaiseFormat(const Type* type, const char* format, ...) {
  Vstr message;
  va_list args;
  va_start(args, format);
  VPrintf(message.printer(), format, args);
  va_end(args);
  Value text = NewStr(message.data(), message.length());
  NlrJump(NewException(type, 1, &text));
}

void RaiseOSError(int error_number) {
  Value number = Value::SmallInt(error_number);
  NlrJump(NewException(&kOSErrorType, 1, &number));
}

Object* NewPreallocatedMemoryError() {
  char* message_bytes;
  Value message = NewStrUninitialized(kMemoryErrorMessageBytes, &message_bytes);
  Value exception = NewException(&kMemoryErrorType, 1, &message);
  auto* object = exception.As<ExceptionObject>();
  object->traceback = static_cast<TracebackEntry*>(
      Allocate(kPreallocatedTracebackEntries * sizeof(TracebackEntry)));
  object->traceback_capacity = kPreallocatedTracebackEntries;
  return &object->base;
}

void RaiseMemoryError(size_t requested_bytes) {
  Object* preallocated = Shared().memory_error;
  if (preallocated == nullptr) {
    Shared().fatal_error("out of memory while starting up");
    __builtin_trap();
  }
  auto* exception = reinterpret_cast<ExceptionObject*>(preallocated);
  exception->traceback_length = 0;
  auto* message = exception->args->items[0].As<Str>();
  FixedBuffer buffer{const_cast<char*>(message->data), kMemoryErrorMessageBytes,
                     0};
  Printf(Printer{&FixedBuffer::Write, &buffer},
         "memory allocation failed, allocating %zu bytes", requested_bytes);
  message->length = buffer.length;
  message->hash = 0;
  NlrJump(Value(preallocated));
}

void AddTraceback(Value exception, Qstr file, size_t line, Qstr block) {
  if (!IsException(exception)) return;
  auto* object = ExceptionData(exception);
  if (object->traceback_length == object->traceback_capacity) {
    if (object->traceback_capacity >= UINT16_MAX / 2) return;
    uint16_t new_capacity =
        object->traceback_capacity == 0
            ? 4
            : static_cast<uint16_t>(object->traceback_capacity * 2);
    void* grown = Shared().heap.Reallocate(
        object->traceback, new_capacity * sizeof(TracebackEntry));
    if (grown == nullptr) return;
    object->traceback = static_cast<TracebackEntry*>(grown);
    object->traceback_capacity = new_capacity;
  }
  object->traceback[object->traceback_length++] =
      TracebackEntry{file, block, static_cast<uint32_t>(line)};
}

void ClearTraceback(Value exception) {
  if (IsException(exception)) ExceptionData(exception)->traceback_length = 0;
}

void PrintException(const Printer& printer, Value exception) {
  if (IsException(exception)) {
    const auto* object = ExceptionData(exception);
    if (object->traceback_length > 0) {
      printer.Write("Traceback (most recent call last):\n");
      // Entries were added from the innermost frame outwards; print the
      // outermost first.
      for (size_t i = object->traceback_length; i-- > 0;) {
        const TracebackEntry& entry = object->traceback[i];
        Printf(printer, "  File \"%q\", line %u", entry.file, entry.line);
        if (entry.block != q::empty) Printf(printer, ", in %q", entry.block);
        printer.Char('\n');
      }
    }
  }
  printer.Write(Shared().qstrs.Data(TypeName(exception)));
  if (IsException(exception) && ExceptionData(exception)->args->length > 0) {
    printer.Write(": ");
    PrintValue(printer, exception, PrintKind::kStr);
  }
  printer.Char('\n');
}

}  // namespace mp::objects
