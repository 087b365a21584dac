#include "vm/file.h"

#include <stdint.h>
#include <string.h>

#include "hal/file.h"
#include "objects/builtin_function.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/map.h"
#include "objects/operations.h"
#include "objects/print.h"
#include "objects/state.h"
#include "objects/str.h"
#include "objects/vstr.h"
#include "vm/builtins.h"

namespace mp::vm {
namespace {

using objects::Qstr;
using objects::Value;
namespace q = objects::q;

struct File {
  objects::Object base;
  int handle;  // -1 once closed
};

// Reads that do not say how much read in pieces of this size.
constexpr size_t kChunkBytes = 256;

bool IsText(const File* file) { return file->base.type == &kTextIOWrapperType; }

// The file a method was called on. Both types share one method table, so the
// check is here rather than in the methods' self_type.
File* AnyFile(Value self) {
  const objects::Type* type = objects::TypeOf(self);
  if (type != &kFileIOType && type != &kTextIOWrapperType) {
    objects::RaiseFormat(&objects::kTypeErrorType, "'%q' object isn't a file",
                         type->name);
  }
  return self.As<File>();
}

File* OpenFile(Value self) {
  File* file = AnyFile(self);
  if (file->handle < 0) {
    objects::RaiseMessage(&objects::kValueErrorType,
                          "I/O operation on closed file");
  }
  return file;
}

// A hal result: returned when it is not an error, raised as OSError when it
// is.
int64_t Checked(int64_t result) {
  if (result < 0) objects::RaiseOSError(static_cast<int>(-result));
  return result;
}

// The text of a str argument (or of the str inside an instance of a
// subclass).
const char* TextArg(Value value, size_t* length) {
  return objects::StrArgData(objects::NativeValue(value), length);
}

// How many bytes the last character of UTF-8 `data` still lacks.
size_t MissingContinuationBytes(const char* data, size_t length) {
  size_t start = length;
  while (start > 0 && length - start < 3 &&
         objects::IsContinuationByte(data[start - 1])) {
    --start;
  }
  if (start == 0) return 0;
  auto lead = static_cast<unsigned char>(data[start - 1]);
  size_t needed = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
  size_t have = length - start;
  return needed > have ? needed - have : 0;
}

// Reads up to `limit` bytes, or characters of a text file, into *data,
// stopping after a newline when `line`. The file is unbuffered, so this never
// reads past what it returns: a text file reads whole characters (their
// continuation bytes once it has their first), a line one byte at a time.
void ReadUpTo(const File* file, size_t limit, bool line, objects::Vstr* data) {
  bool text = IsText(file);
  size_t count = 0;
  for (;;) {
    size_t want =
        text ? MissingContinuationBytes(data->data(), data->length()) : 0;
    if (want == 0) {
      if (count >= limit) return;
      if (line && data->length() > 0 &&
          data->data()[data->length() - 1] == '\n') {
        return;
      }
      want = line                          ? 1
             : limit - count < kChunkBytes ? limit - count
                                           : kChunkBytes;
    }
    size_t before = data->length();
    char* into = data->Extend(want);
    auto n =
        static_cast<size_t>(Checked(hal::FileRead(file->handle, into, want)));
    data->Truncate(before + n);
    if (n == 0) return;
    if (!text) {
      count += n;
    } else {
      for (size_t i = 0; i < n; ++i) {
        if (!objects::IsContinuationByte(into[i])) ++count;
      }
    }
  }
}

// What was read, as the file's type gives it: bytes, or str (which must be
// UTF-8).
Value ReadResult(const File* file, const objects::Vstr& data) {
  if (!IsText(file)) return objects::NewBytes(data.data(), data.length());
  return objects::DecodeBytes(data.data(), data.length(), Value(), Value());
}

// read([size]) and readline([size]); a size that is negative or None reads
// everything.
Value ReadSized(size_t n_args, const Value* args, bool line) {
  File* file = OpenFile(args[0]);
  size_t limit = SIZE_MAX;
  if (n_args == 2 && !args[1].IsNone()) {
    intptr_t size = objects::ToIntptr(args[1]);
    if (size >= 0) limit = static_cast<size_t>(size);
  }
  objects::Vstr data;
  ReadUpTo(file, limit, line, &data);
  return ReadResult(file, data);
}

Value ReadMethod(size_t n_args, size_t, const Value* args) {
  return ReadSized(n_args, args, false);
}

Value ReadLineMethod(size_t n_args, size_t, const Value* args) {
  return ReadSized(n_args, args, true);
}

// The next line, or null at the end of the file: iteration and readlines().
Value NextLine(Value self) {
  File* file = OpenFile(self);
  objects::Vstr data;
  ReadUpTo(file, SIZE_MAX, true, &data);
  return data.length() == 0 ? Value() : ReadResult(file, data);
}

Value ReadLinesMethod(size_t, size_t, const Value* args) {
  objects::List* lines = objects::NewList(0, nullptr);
  for (Value line; !(line = NextLine(args[0])).IsNull();) {
    objects::ListAppend(lines, line);
  }
  return Value(&lines->base);
}

// readinto(buffer[, size]): fills the writable buffer (its first `size`
// bytes) as far as the file goes; returns how many bytes it read.
Value ReadIntoMethod(size_t n_args, size_t, const Value* args) {
  File* file = OpenFile(args[0]);
  objects::Buffer buffer = objects::BufferArg(args[1]);
  if (!buffer.writable) {
    objects::RaiseMessage(&objects::kTypeErrorType,
                          "cannot modify read-only memory");
  }
  size_t length = buffer.length;
  if (n_args == 3) {
    intptr_t size = objects::ToIntptr(args[2]);
    if (size >= 0 && static_cast<size_t>(size) < length) {
      length = static_cast<size_t>(size);
    }
  }
  size_t total = 0;
  while (total < length) {
    auto n = static_cast<size_t>(Checked(
        hal::FileRead(file->handle, buffer.data + total, length - total)));
    if (n == 0) break;
    total += n;
  }
  return Value::SmallInt(static_cast<intptr_t>(total));
}

// write(data): a text file takes str, a binary one anything bytes-like (as
// CPython; MicroPython takes either). Returns the characters or bytes
// written.
Value WriteMethod(size_t, size_t, const Value* args) {
  File* file = OpenFile(args[0]);
  const char* data;
  size_t length;
  if (IsText(file)) {
    data = TextArg(args[1], &length);
  } else {
    objects::Buffer buffer = objects::BufferArg(args[1]);
    data = buffer.data;
    length = buffer.length;
  }
  for (size_t written = 0; written < length;) {
    written += static_cast<size_t>(Checked(
        hal::FileWrite(file->handle, data + written, length - written)));
  }
  size_t count = IsText(file) ? objects::CharCount(data, length) : length;
  return Value::SmallInt(static_cast<intptr_t>(count));
}

Value Seek(const File* file, intptr_t offset, int whence) {
  return objects::NewInt(Checked(hal::FileSeek(file->handle, offset, whence)));
}

// seek(offset, whence=0): the new position. Unlike CPython, a text file moves
// anywhere, as in MicroPython.
Value SeekMethod(size_t n_args, size_t, const Value* args) {
  int whence = n_args == 3 ? static_cast<int>(objects::ToIntptr(args[2]))
                           : hal::kSeekSet;
  return Seek(OpenFile(args[0]), objects::ToIntptr(args[1]), whence);
}

Value TellMethod(size_t, size_t, const Value* args) {
  return Seek(OpenFile(args[0]), 0, hal::kSeekCurrent);
}

// Nothing is buffered; flushing only checks that the file is open.
Value FlushMethod(size_t, size_t, const Value* args) {
  OpenFile(args[0]);
  return Value::None();
}

// close(), and __del__ and __exit__: closing twice does nothing. An error
// from the hal's close is ignored, as MicroPython does: the handle is gone
// either way.
Value CloseMethod(size_t, size_t, const Value* args) {
  File* file = AnyFile(args[0]);
  int handle = file->handle;
  file->handle = -1;
  if (handle >= 0) hal::FileClose(handle);
  return Value::None();
}

Value EnterMethod(size_t, size_t, const Value* args) { return args[0]; }

#define MP_FILE_METHOD(c_name, name, min, max, fn) \
  constexpr objects::BuiltinFunction c_name = {    \
      {&objects::kBuiltinFunctionType}, q::name, min, max, false, fn}

MP_FILE_METHOD(kRead, read, 1, 2, ReadMethod);
MP_FILE_METHOD(kReadInto, readinto, 2, 3, ReadIntoMethod);
MP_FILE_METHOD(kReadLine, readline, 1, 2, ReadLineMethod);
MP_FILE_METHOD(kReadLines, readlines, 1, 1, ReadLinesMethod);
MP_FILE_METHOD(kWrite, write, 2, 2, WriteMethod);
MP_FILE_METHOD(kSeek, seek, 2, 3, SeekMethod);
MP_FILE_METHOD(kTell, tell, 1, 1, TellMethod);
MP_FILE_METHOD(kFlush, flush, 1, 1, FlushMethod);
MP_FILE_METHOD(kClose, close, 1, 1, CloseMethod);
MP_FILE_METHOD(kEnter, dunder_enter, 1, 1, EnterMethod);
MP_FILE_METHOD(kExit, dunder_exit, 4, 4, CloseMethod);
#undef MP_FILE_METHOD

// One table for both types, as in MicroPython (so a text file has readinto
// too). __del__ is close: the heap finalises a file that was never closed.
constexpr auto kFileMethods = objects::SortedByKey(objects::StaticMapTable<12>{{
    objects::MethodEntry(q::read, kRead),
    objects::MethodEntry(q::readinto, kReadInto),
    objects::MethodEntry(q::readline, kReadLine),
    objects::MethodEntry(q::readlines, kReadLines),
    objects::MethodEntry(q::write, kWrite),
    objects::MethodEntry(q::seek, kSeek),
    objects::MethodEntry(q::tell, kTell),
    objects::MethodEntry(q::flush, kFlush),
    objects::MethodEntry(q::close, kClose),
    objects::MethodEntry(q::dunder_del, kClose),
    objects::MethodEntry(q::dunder_enter, kEnter),
    objects::MethodEntry(q::dunder_exit, kExit),
}});
constexpr objects::StaticMap kFileLocals = kFileMethods.map();

void PrintFile(const objects::Printer& printer, Value self,
               objects::PrintKind) {
  const File* file = self.As<File>();
  objects::Printf(printer, "<io.%q %d>", file->base.type->name, file->handle);
}

// The hal's flags for a mode ("r", "wb", "a+", ...), or 0 when it is not one:
// exactly one of r, w, a, x, at most one '+', and at most one of b, t.
unsigned ModeFlags(const char* mode, size_t length, bool* binary) {
  unsigned flags = 0;
  int kinds = 0;
  int pluses = 0;
  int types = 0;
  for (size_t i = 0; i < length; ++i) {
    switch (mode[i]) {
      case 'r':
        flags |= hal::kFileRead;
        ++kinds;
        break;
      case 'w':
        flags |= hal::kFileWrite | hal::kFileCreate | hal::kFileTruncate;
        ++kinds;
        break;
      case 'a':
        flags |= hal::kFileWrite | hal::kFileCreate | hal::kFileAppend;
        ++kinds;
        break;
      case 'x':
        flags |= hal::kFileWrite | hal::kFileCreate | hal::kFileExclusive;
        ++kinds;
        break;
      case '+':
        flags |= hal::kFileRead | hal::kFileWrite;
        ++pluses;
        break;
      case 'b':
        *binary = true;
        ++types;
        break;
      case 't':
        ++types;
        break;
      default:
        return 0;
    }
  }
  return kinds == 1 && pluses <= 1 && types <= 1 ? flags : 0;
}

}  // namespace

const objects::Type kFileIOType = {
    .base = {&objects::kTypeType},
    .name = q::FileIO,
    .print = PrintFile,
    .get_iter = [](Value self) { return self; },
    .iter_next = NextLine,
    .locals = &kFileLocals,
};

const objects::Type kTextIOWrapperType = {
    .base = {&objects::kTypeType},
    .name = q::TextIOWrapper,
    .print = PrintFile,
    .get_iter = [](Value self) { return self; },
    .iter_next = NextLine,
    .locals = &kFileLocals,
};

namespace builtins {
namespace {

// open(file, mode='r', buffering=-1, encoding=None): buffering is ignored
// (files are unbuffered) and so is encoding (text is UTF-8), as in
// MicroPython.
Value Open(size_t n_args, size_t n_kw, const Value* args) {
  static constexpr Qstr kNames[] = {q::file, q::mode, q::buffering,
                                    q::encoding};
  Value values[4] = {};
  objects::BindArguments(n_args, n_kw, args, 4, kNames, values);
  if (values[0].IsNull()) {
    objects::RaiseMessage(&objects::kTypeErrorType,
                          "function missing 1 required positional arguments");
  }
  size_t path_length;
  const char* path = TextArg(values[0], &path_length);
  if (memchr(path, '\0', path_length) != nullptr) {
    objects::RaiseMessage(&objects::kValueErrorType, "embedded null byte");
  }
  bool binary = false;
  unsigned flags = hal::kFileRead;
  if (!values[1].IsNull()) {
    size_t mode_length;
    const char* mode = TextArg(values[1], &mode_length);
    flags = ModeFlags(mode, mode_length, &binary);
    if (flags == 0) {
      objects::RaiseFormat(&objects::kValueErrorType, "invalid mode: '%.*s'",
                           static_cast<int>(mode_length), mode);
    }
  }
  // The hal wants the path NUL-terminated; a str's bytes need not be.
  objects::Vstr terminated(path_length + 1);
  terminated.Append(path, path_length);
  terminated.AppendChar('\0');
  // The object first: should it not fit in the heap, no handle is lost.
  auto* file = objects::New<File>();
  file->base.type = binary ? &kFileIOType : &kTextIOWrapperType;
  file->handle =
      static_cast<int>(Checked(hal::FileOpen(terminated.data(), flags)));
  objects::Shared().heap.SetFinaliser(file);
  return Value(&file->base);
}

}  // namespace

const objects::BuiltinFunction open = {
    {&objects::kBuiltinFunctionType}, q::open, 0, 4, true, Open};

}  // namespace builtins
}  // namespace mp::vm
