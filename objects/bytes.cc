// bytes, and what bytes, bytearray and memoryview share: the buffer protocol,
// construction from other objects, iteration and the sequence operators.
#include "objects/bytes.h"

#include <string.h>

#include "objects/big_int.h"
#include "objects/exception.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/operations.h"
#include "objects/sequence.h"
#include "objects/slice.h"
#include "objects/state.h"
#include "objects/str.h"
#include "objects/str_text.h"
#include "objects/vstr.h"

namespace mp::objects {
namespace {

// Iterates the bytes of any bytes-like object as ints. The buffer is fetched
// at each step: a bytearray may change while it is iterated.
struct BufferIterator {
  Object base;
  Value object;
  size_t next;
};

Value BufferIteratorNext(Value self) {
  auto* iterator = self.As<BufferIterator>();
  Buffer buffer;
  GetBuffer(iterator->object, &buffer);
  if (iterator->next >= buffer.length) return Value();
  return Value::SmallInt(static_cast<uint8_t>(buffer.data[iterator->next++]));
}

const Type kBufferIteratorType = {
    .base = {&kTypeType},
    .name = q::iterator,
    .get_iter = [](Value self) { return self; },
    .iter_next = BufferIteratorNext,
};

// The one empty bytes, in flash; its hash is set, so it is never written.
constexpr Bytes kEmptyBytes = {{&kBytesType}, HashBytes("", 0), 0, ""};

void PrintBytes(const Printer& printer, Value self, PrintKind /*kind*/) {
  const auto* bytes = self.As<Bytes>();
  PrintBytesRepr(printer, bytes->data, bytes->length);
}

Value MakeNewBytes(const Type* /*type*/, size_t n_args, size_t n_kw,
                   const Value* args) {
  if (n_args == 1 && n_kw == 0 && TypeOf(args[0]) == &kBytesType) {
    return args[0];
  }
  return BytesFromArguments(&kBytesType, n_args, n_kw, args);
}

}  // namespace

Value BufferUnaryOp(UnaryOp op, Value self) {
  Buffer buffer;
  GetBuffer(self, &buffer);
  switch (op) {
    case UnaryOp::kBool:
      return Value::Bool(buffer.length != 0);
    case UnaryOp::kLen:
      return Value::SmallInt(static_cast<intptr_t>(buffer.length));
    case UnaryOp::kHash: {
      // Only bytes and memoryviews get here (bytearray is unhashable).
      if (buffer.writable) {
        RaiseMessage(&kValueErrorType,
                     "cannot hash writable memoryview object");
      }
      if (TypeOf(self) != &kBytesType) {
        return Value::SmallInt(HashBytes(buffer.data, buffer.length));
      }
      auto* bytes = self.As<Bytes>();
      if (bytes->hash == 0) bytes->hash = HashBytes(bytes->data, bytes->length);
      return Value::SmallInt(bytes->hash);
    }
    default:
      return Value();
  }
}

namespace {

Value BytesBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  if (PlainBinaryOp(op) == BinaryOp::kModulo) return StrModulo(lhs, rhs);
  return BufferBinaryOp(PlainBinaryOp(op), lhs, rhs, &kBytesType);
}

// data[a:b:c] as a new bytes or bytearray.
Value SliceOfBuffer(const Type* type, const char* data, size_t length,
                    const Slice* slice) {
  SliceRange range = ResolveSlice(slice, length);
  if (range.step == 1) {
    return NewBytesOfType(type, data + range.start, range.count);
  }
  Vstr out(range.count);
  for (size_t i = 0; i < range.count; ++i) {
    out.AppendChar(data[range.start + static_cast<intptr_t>(i) * range.step]);
  }
  return NewBytesOfType(type, out.data(), out.length());
}

void BytesBuffer(Value self, Buffer* out) {
  const auto* bytes = self.As<Bytes>();
  out->data = const_cast<char*>(bytes->data);
  out->length = bytes->length;
  out->writable = false;
}

int Compare(const Buffer& a, const Buffer& b) {
  int order = memcmp(a.data, b.data, a.length < b.length ? a.length : b.length);
  if (order != 0) return order;
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

}  // namespace

Value BytesSubscr(Value self, Value index, Value value) {
  Buffer buffer;
  GetBuffer(self, &buffer);
  const Type* type = TypeOf(self);
  if (value != Value::Sentinel()) return Value();
  if (IsSlice(index)) {
    return SliceOfBuffer(type, buffer.data, buffer.length, index.As<Slice>());
  }
  size_t i = NormalizeIndex(index, buffer.length,
                            type == &kBytesType ? "bytes" : "bytearray");
  return Value::SmallInt(static_cast<uint8_t>(buffer.data[i]));
}

Value BufferGetIter(Value self) {
  auto* iterator = New<BufferIterator>();
  iterator->base.type = &kBufferIteratorType;
  iterator->object = self;
  return Value(&iterator->base);
}

Value BufferBinaryOp(BinaryOp op, Value lhs, Value rhs,
                     const Type* result_type) {
  Buffer a;
  GetBuffer(lhs, &a);
  if (op == BinaryOp::kIn) {
    if (IsInt(rhs) || rhs.IsBool()) {
      char byte = static_cast<char>(ToByte(rhs));
      return Value::Bool(memchr(a.data, byte, a.length) != nullptr);
    }
    Buffer needle = BufferArg(rhs);
    return Value::Bool(FindBytes(a.data, 0, a.length, needle.data,
                                 needle.length, false) != kNotFound);
  }
  if (op == BinaryOp::kMultiply) {
    if (!IsInt(rhs) && !rhs.IsBool()) return Value();
    size_t total = RepeatedLength(a.length, ToIntptr(rhs));
    Vstr out(total);
    for (size_t at = 0; at < total; at += a.length)
      out.Append(a.data, a.length);
    return NewBytesOfType(result_type, out.data(), out.length());
  }
  Buffer b;
  if (!GetBuffer(rhs, &b)) {
    return op == BinaryOp::kEqual ? Value::False() : Value();
  }
  if (op == BinaryOp::kAdd) {
    Vstr out(AddLengths(a.length, b.length));
    out.Append(a.data, a.length);
    out.Append(b.data, b.length);
    return NewBytesOfType(result_type, out.data(), out.length());
  }
  // bytes and bytearray order against each other, but not against a
  // memoryview, which only tests equality.
  if (op != BinaryOp::kEqual && TypeOf(NativeValue(rhs)) == &kMemoryViewType) {
    return Value();
  }
  return CompareNumbers(op, Compare(a, b), 0);
}

void PrintBytesRepr(const Printer& printer, const char* data, size_t length) {
  printer.Char('b');
  PrintQuoted(printer, data, length, true);
}

Value NewBytesUninitialized(size_t length, char** data) {
  if (length > SIZE_MAX - sizeof(Bytes)) RaiseMemoryError(SIZE_MAX);
  auto* bytes = static_cast<Bytes*>(Allocate(sizeof(Bytes) + length));
  bytes->base.type = &kBytesType;
  bytes->length = length;
  bytes->data = reinterpret_cast<const char*>(bytes + 1);
  *data = reinterpret_cast<char*>(bytes + 1);
  return Value(&bytes->base);
}

Value NewBytes(const char* data, size_t length) {
  if (length == 0) return Value(&kEmptyBytes.base);
  char* out;
  Value bytes = NewBytesUninitialized(length, &out);
  if (data != nullptr) {
    memcpy(out, data, length);
  } else {
    memset(out, 0, length);
  }
  return bytes;
}

Value NewBytesOfType(const Type* type, const char* data, size_t length) {
  if (type == &kByteArrayType) {
    return Value(&NewByteArray(data, length)->base);
  }
  return NewBytes(data, length);
}

bool GetBuffer(Value value, Buffer* out) {
  value = NativeValue(value);
  if (!value.IsObject()) return false;
  const Type* type = TypeOf(value);
  if (type->buffer == nullptr) return false;
  type->buffer(value, out);
  return true;
}

Buffer BufferArg(Value value) {
  Buffer buffer;
  if (!GetBuffer(value, &buffer)) {
    RaiseFormat(&kTypeErrorType, "a bytes-like object is required, not '%q'",
                TypeName(value));
  }
  return buffer;
}

uint8_t ToByte(Value value) {
  Value n = TryIndex(value);
  if (n.IsNull()) {
    RaiseFormat(&kTypeErrorType,
                "'%q' object cannot be interpreted as an integer",
                TypeName(value));
  }
  // A big int is out of range too.
  intptr_t byte = IsBigInt(n) ? -1 : ToIntptr(n);
  if (byte < 0 || byte > 255) {
    RaiseMessage(&kValueErrorType, "bytes must be in range(0, 256)");
  }
  return static_cast<uint8_t>(byte);
}

void CollectBytes(Value source, Vstr* out) {
  Buffer buffer;
  if (GetBuffer(source, &buffer)) {
    out->Append(buffer.data, buffer.length);
    return;
  }
  if (TypeOf(source)->get_iter == nullptr) {
    RaiseFormat(&kTypeErrorType, "cannot convert '%q' object to bytes",
                TypeName(source));
  }
  Value iterator = GetIter(source);
  for (Value item = IterNext(iterator); !item.IsNull();
       item = IterNext(iterator)) {
    out->AppendChar(static_cast<char>(ToByte(item)));
  }
}

Value BytesFromArguments(const Type* type, size_t n_args, size_t n_kw,
                         const Value* args) {
  static constexpr Qstr kNames[] = {q::source, q::encoding, q::errors};
  CheckArgCount(n_args, n_kw, 0, 3, true);
  Value bound[3];
  BindArguments(n_args, n_kw, args, 3, kNames, bound);
  Value source = bound[0];
  bool has_codec = !bound[1].IsNull() || !bound[2].IsNull();
  if (source.IsNull() && !has_codec) return NewBytesOfType(type, nullptr, 0);
  Buffer buffer;
  if (IsInstance(source, &kStrType)) {
    if (bound[1].IsNull()) {
      RaiseMessage(&kTypeErrorType, "string argument without an encoding");
    }
    Value encoded = EncodeStr(source, bound[1], bound[2]);
    if (type == &kBytesType) return encoded;
    GetBuffer(encoded, &buffer);
    return NewBytesOfType(type, buffer.data, buffer.length);
  }
  if (has_codec) {
    RaiseMessage(&kTypeErrorType, "encoding without a string argument");
  }
  // An int (or what stands for one) is a count of zero bytes.
  if (Value n = TryIndex(source); !n.IsNull()) {
    intptr_t count = ToIntptr(n);
    if (count < 0) RaiseMessage(&kValueErrorType, "negative count");
    return NewBytesOfType(type, nullptr, static_cast<size_t>(count));
  }
  if (GetBuffer(source, &buffer)) {
    return NewBytesOfType(type, buffer.data, buffer.length);
  }
  // An iterable's length is known only at its end.
  Vstr items;
  CollectBytes(source, &items);
  if (type == &kByteArrayType) return Value(&NewByteArrayOf(items)->base);
  return NewBytes(items.data(), items.length());
}

const Type kBytesType = {
    .base = {&kTypeType},
    .name = q::bytes,
    .print = PrintBytes,
    .make_new = MakeNewBytes,
    .unary_op = BufferUnaryOp,
    .binary_op = BytesBinaryOp,
    .subscr = BytesSubscr,
    .get_iter = BufferGetIter,
    .locals = &kBytesLocals,
    .buffer = BytesBuffer,
};

}  // namespace mp::objects
