// bytearray: a mutable, growable run of bytes. It reads like bytes (the same
// methods and operators, with bytearray results) and changes in place like a
// list of ints in range(256).
#include <string.h>

#include "objects/big_int.h"
#include "objects/builtin_function.h"
#include "objects/bytes.h"
#include "objects/descriptors.h"
#include "objects/exception.h"
#include "objects/instance.h"
#include "objects/map.h"
#include "objects/operations.h"
#include "objects/sequence.h"
#include "objects/slice.h"
#include "objects/state.h"
#include "objects/str_text.h"
#include "objects/vstr.h"

namespace mp::objects {
namespace {

void PrintByteArray(const Printer& printer, Value self, PrintKind /*kind*/) {
  const auto* array = self.As<ByteArray>();
  printer.Write("bytearray(");
  PrintBytesRepr(printer, array->data, array->length);
  printer.Char(')');
}

Value MakeNewByteArray(const Type* /*type*/, size_t n_args, size_t n_kw,
                       const Value* args) {
  return BytesFromArguments(&kByteArrayType, n_args, n_kw, args);
}

void ByteArrayBuffer(Value self, Buffer* out) {
  auto* array = self.As<ByteArray>();
  out->data = array->data;
  out->length = array->length;
  out->writable = true;
}

// Replaces the `removed` bytes from `start` on by `count` bytes of `data`,
// which must not lie in the array (growing it may move its bytes).
void Splice(ByteArray* array, size_t start, size_t removed, const char* data,
            size_t count) {
  size_t new_length = AddLengths(array->length - removed, count);
  ByteArrayReserve(array, new_length);
  memmove(array->data + start + count, array->data + start + removed,
          array->length - start - removed);
  if (count > 0) memcpy(array->data + start, data, count);
  array->length = new_length;
}

// Appends what bytes(source) holds; copied first, since source may be the
// array itself or a view of it.
void ExtendFrom(ByteArray* array, Value source) {
  Vstr items;
  CollectBytes(source, &items);
  Splice(array, array->length, 0, items.data(), items.length());
}

// array[a:b:c] = value, and del array[a:b:c] (value null).
Value AssignSlice(ByteArray* array, const Slice* slice, Value value) {
  // The new bytes are gathered first: a generator giving them may change the
  // array, whose length the slice is resolved against.
  Vstr items;
  if (!value.IsNull()) {
    if (IsInt(value) || value.IsBool()) {
      RaiseMessage(&kTypeErrorType,
                   "can assign only bytes, buffers, or iterables of ints in "
                   "range(0, 256)");
    }
    CollectBytes(value, &items);
  }
  SliceRange range = ResolveSlice(slice, array->length);
  auto start = static_cast<size_t>(range.start);
  if (value.IsNull()) {
    if (range.step == 1 || range.count == 0) {
      Splice(array, start, range.count, nullptr, 0);
      return Value::None();
    }
    // The selected positions in increasing order, from the lowest one on.
    size_t stride =
        static_cast<size_t>(range.step > 0 ? range.step : -range.step);
    size_t lowest = range.step > 0 ? start : start - (range.count - 1) * stride;
    size_t kept = 0;
    size_t next = 0;
    for (size_t i = 0; i < array->length; ++i) {
      if (next < range.count && i == lowest + next * stride) {
        ++next;
      } else {
        array->data[kept++] = array->data[i];
      }
    }
    array->length = kept;
    return Value::None();
  }
  if (range.step == 1) {
    Splice(array, start, range.count, items.data(), items.length());
    return Value::None();
  }
  if (items.length() != range.count) {
    RaiseFormat(
        &kValueErrorType,
        "attempt to assign bytes of size %zu to extended slice of size %zu",
        items.length(), range.count);
  }
  for (size_t i = 0; i < range.count; ++i) {
    array->data[range.start + static_cast<intptr_t>(i) * range.step] =
        items.data()[i];
  }
  return Value::None();
}

Value ByteArraySubscr(Value self, Value index, Value value) {
  if (value == Value::Sentinel()) return BytesSubscr(self, index, value);
  auto* array = self.As<ByteArray>();
  if (IsSlice(index)) return AssignSlice(array, index.As<Slice>(), value);
  size_t i = NormalizeIndex(index, array->length, "bytearray");
  if (value.IsNull()) {
    Splice(array, i, 1, nullptr, 0);
  } else {
    array->data[i] = static_cast<char>(ToByte(value));
  }
  return Value::None();
}

Value ByteArrayBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  auto* array = lhs.As<ByteArray>();
  Buffer buffer;
  if (op == BinaryOp::kInplaceAdd) {
    if (!GetBuffer(rhs, &buffer)) return Value();
    ExtendFrom(array, rhs);
    return lhs;
  }
  if (op == BinaryOp::kInplaceMultiply) {
    if (!IsInt(rhs) && !rhs.IsBool()) return Value();
    size_t length = array->length;
    size_t total = RepeatedLength(length, ToIntptr(rhs));
    ByteArrayReserve(array, total);
    for (size_t i = length; i < total; ++i)
      array->data[i] = array->data[i - length];
    array->length = total;
    return lhs;
  }
  op = PlainBinaryOp(op);
  if (op == BinaryOp::kModulo) return StrModulo(lhs, rhs);
  return BufferBinaryOp(op, lhs, rhs, &kByteArrayType);
}

ByteArray* Self(const Value* args) { return args[0].As<ByteArray>(); }

Value AppendMethod(size_t, size_t, const Value* args) {
  char byte = static_cast<char>(ToByte(args[1]));
  ByteArray* array = Self(args);
  Splice(array, array->length, 0, &byte, 1);
  return Value::None();
}

Value ExtendMethod(size_t, size_t, const Value* args) {
  ExtendFrom(Self(args), args[1]);
  return Value::None();
}

Value InsertMethod(size_t, size_t, const Value* args) {
  ByteArray* array = Self(args);
  intptr_t index = ToIntptr(args[1]);
  char byte = static_cast<char>(ToByte(args[2]));
  auto length = static_cast<intptr_t>(array->length);
  if (index < 0) index = index + length < 0 ? 0 : index + length;
  if (index > length) index = length;
  Splice(array, static_cast<size_t>(index), 0, &byte, 1);
  return Value::None();
}

Value PopMethod(size_t n_args, size_t, const Value* args) {
  ByteArray* array = Self(args);
  if (array->length == 0) {
    RaiseMessage(&kIndexErrorType, "pop from empty bytearray");
  }
  size_t i = n_args == 2 ? NormalizeIndex(args[1], array->length, "bytearray")
                         : array->length - 1;
  auto byte = static_cast<uint8_t>(array->data[i]);
  Splice(array, i, 1, nullptr, 0);
  return Value::SmallInt(byte);
}

Value RemoveMethod(size_t, size_t, const Value* args) {
  ByteArray* array = Self(args);
  char byte = static_cast<char>(ToByte(args[1]));
  const void* found = memchr(array->data, byte, array->length);
  if (found == nullptr) {
    RaiseMessage(&kValueErrorType, "value not found in bytearray");
  }
  Splice(array,
         static_cast<size_t>(static_cast<const char*>(found) - array->data), 1,
         nullptr, 0);
  return Value::None();
}

Value ClearMethod(size_t, size_t, const Value* args) {
  Self(args)->length = 0;
  return Value::None();
}

Value ReverseMethod(size_t, size_t, const Value* args) {
  ByteArray* array = Self(args);
  for (size_t i = 0, j = array->length; i + 1 < j; ++i, --j) {
    char swapped = array->data[i];
    array->data[i] = array->data[j - 1];
    array->data[j - 1] = swapped;
  }
  return Value::None();
}

Value CopyMethod(size_t, size_t, const Value* args) {
  const ByteArray* array = Self(args);
  return Value(&NewByteArray(array->data, array->length)->base);
}

// bytearray.__init__(self, source, encoding, errors): what a subclass's
// __init__ reaches through super(), and what runs when it defines none.
Value InitMethod(size_t n_args, size_t n_kw, const Value* args) {
  // As in CPython, the old contents go first: a source that is the array
  // itself (or a view of it) gives nothing.
  ByteArray* array = Self(args);
  array->length = 0;
  const auto* made =
      BytesFromArguments(&kByteArrayType, n_args - 1, n_kw, args + 1)
          .As<ByteArray>();
  array->data = made->data;
  array->length = made->length;
  array->capacity = made->capacity;
  return Value::None();
}

#define MP_BYTEARRAY_METHOD(c_name, name, min, max, kw, fn) \
  constexpr BuiltinFunction c_name = {                      \
      {&kBuiltinFunctionType}, q::name, min, max, kw, fn, &kByteArrayType}

MP_BYTEARRAY_METHOD(kAppend, append, 2, 2, false, AppendMethod);
MP_BYTEARRAY_METHOD(kExtend, extend, 2, 2, false, ExtendMethod);
MP_BYTEARRAY_METHOD(kInsert, insert, 3, 3, false, InsertMethod);
MP_BYTEARRAY_METHOD(kPop, pop, 1, 2, false, PopMethod);
MP_BYTEARRAY_METHOD(kRemove, remove, 2, 2, false, RemoveMethod);
MP_BYTEARRAY_METHOD(kClear, clear, 1, 1, false, ClearMethod);
MP_BYTEARRAY_METHOD(kReverse, reverse, 1, 1, false, ReverseMethod);
MP_BYTEARRAY_METHOD(kCopy, copy, 1, 1, false, CopyMethod);
MP_BYTEARRAY_METHOD(kInit, dunder_init, 1, 4, true, InitMethod);
#undef MP_BYTEARRAY_METHOD

constexpr auto kByteArrayMethods = BytesMethodTable(
    MethodEntry(q::append, kAppend), MethodEntry(q::extend, kExtend),
    MethodEntry(q::insert, kInsert), MethodEntry(q::pop, kPop),
    MethodEntry(q::remove, kRemove), MethodEntry(q::clear, kClear),
    MethodEntry(q::reverse, kReverse), MethodEntry(q::copy, kCopy),
    MethodEntry(q::dunder_init, kInit),
    MethodEntry(q::dunder_new, kBuiltinTypeNew<&kByteArrayType>));

}  // namespace

constexpr StaticMap kByteArrayLocals = kByteArrayMethods.map();

ByteArray* NewByteArray(const char* data, size_t length) {
  auto* array = New<ByteArray>();
  array->base.type = &kByteArrayType;
  ByteArrayReserve(array, length);
  if (data != nullptr) {
    memcpy(array->data, data, length);
  } else {
    memset(array->data, 0, length);
  }
  array->length = length;
  return array;
}

ByteArray* NewByteArrayOf(Vstr& bytes) {
  auto* array = New<ByteArray>();
  array->base.type = &kByteArrayType;
  array->length = array->capacity = bytes.length();
  array->data = bytes.Release();
  return array;
}

void ByteArrayReserve(ByteArray* array, size_t needed) {
  if (needed <= array->capacity && array->data != nullptr) return;
  size_t capacity = array->capacity + array->capacity / 2 + 8;
  if (capacity < needed) capacity = needed;
  array->data = static_cast<char*>(Reallocate(array->data, capacity));
  array->capacity = capacity;
}

const Type kByteArrayType = {
    .base = {&kTypeType},
    .name = q::bytearray,
    .flags = kTypeUnhashable,
    .print = PrintByteArray,
    .make_new = MakeNewByteArray,
    .unary_op = BufferUnaryOp,
    .binary_op = ByteArrayBinaryOp,
    .subscr = ByteArraySubscr,
    .get_iter = BufferGetIter,
    .locals = &kByteArrayLocals,
    .buffer = ByteArrayBuffer,
};

}  // namespace mp::objects
