// memoryview: a window on the bytes of a bytes or bytearray that copies
// nothing. One-dimensional, format 'B' (items are ints in range(256)), and,
// as in MicroPython, slices only with step 1.
#include <string.h>

#include "objects/builtin_function.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/instance.h"
#include "objects/list.h"
#include "objects/map.h"
#include "objects/operations.h"
#include "objects/slice.h"
#include "objects/state.h"

namespace mp::objects {
namespace {

// The bytes the view sees now. A bytearray can shrink under a view (CPython
// forbids that while views exist; here the view finds out when it is used).
Buffer ViewBuffer(Value self) {
  const auto* view = self.As<MemoryView>();
  Buffer buffer;
  GetBuffer(view->object, &buffer);
  if (view->start + view->length > buffer.length) {
    RaiseMessage(&kValueErrorType, "memoryview's buffer was resized");
  }
  buffer.data += view->start;
  buffer.length = view->length;
  return buffer;
}

Buffer WritableViewBuffer(Value self) {
  Buffer buffer = ViewBuffer(self);
  if (!buffer.writable) {
    RaiseMessage(&kTypeErrorType, "cannot modify read-only memory");
  }
  return buffer;
}

Value NewView(Value object, size_t start, size_t length) {
  auto* view = New<MemoryView>();
  view->base.type = &kMemoryViewType;
  view->object = object;
  view->start = start;
  view->length = length;
  return Value(&view->base);
}

Value MakeNewMemoryView(const Type* /*type*/, size_t n_args, size_t n_kw,
                        const Value* args) {
  CheckArgCount(n_args, n_kw, 1, 1, false);
  Value object = NativeValue(args[0]);
  Buffer buffer;
  if (!GetBuffer(object, &buffer)) {
    RaiseFormat(&kTypeErrorType,
                "memoryview: a bytes-like object is required, not '%q'",
                TypeName(object));
  }
  if (TypeOf(object) == &kMemoryViewType) {
    // A view of a view looks straight at the same object.
    const auto* inner = object.As<MemoryView>();
    return NewView(inner->object, inner->start, inner->length);
  }
  return NewView(object, 0, buffer.length);
}

// Only == (against anything bytes-like); `in` falls back to iteration.
Value MemoryViewBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  if (op != BinaryOp::kEqual) return Value();
  return BufferBinaryOp(op, lhs, rhs, &kBytesType);
}

Value MemoryViewSubscr(Value self, Value index, Value value) {
  if (value.IsNull()) RaiseMessage(&kTypeErrorType, "cannot delete memory");
  bool load = value == Value::Sentinel();
  Buffer buffer = load ? ViewBuffer(self) : WritableViewBuffer(self);
  if (IsSlice(index)) {
    SliceRange range = ResolveSlice(index.As<Slice>(), buffer.length);
    if (range.step != 1) {
      RaiseMessage(&kNotImplementedErrorType,
                   "only slices with step=1 (aka None) are supported");
    }
    auto start = static_cast<size_t>(range.start);
    if (load) {
      const auto* view = self.As<MemoryView>();
      return NewView(view->object, view->start + start, range.count);
    }
    Buffer source = BufferArg(value);
    if (source.length != range.count) {
      RaiseMessage(
          &kValueErrorType,
          "memoryview assignment: lvalue and rvalue have different structures");
    }
    // The source may be a view of the same bytes.
    memmove(buffer.data + start, source.data, range.count);
    return Value::None();
  }
  size_t i = NormalizeIndex(index, buffer.length, "memoryview");
  if (load) return Value::SmallInt(static_cast<uint8_t>(buffer.data[i]));
  buffer.data[i] = static_cast<char>(ToByte(value));
  return Value::None();
}

void MemoryViewAttr(Value self, Qstr attr, Value* dest) {
  if (!dest[0].IsNull()) return;
  switch (attr) {
    case q::readonly:
      dest[0] = Value::Bool(!ViewBuffer(self).writable);
      return;
    case q::nbytes:
      dest[0] =
          Value::SmallInt(static_cast<intptr_t>(self.As<MemoryView>()->length));
      return;
    case q::itemsize:
      dest[0] = Value::SmallInt(1);
      return;
    default:
      return;
  }
}

void MemoryViewBuffer(Value self, Buffer* out) { *out = ViewBuffer(self); }

Value ToBytesMethod(size_t, size_t, const Value* args) {
  Buffer buffer = ViewBuffer(args[0]);
  return NewBytes(buffer.data, buffer.length);
}

Value ToListMethod(size_t, size_t, const Value* args) {
  Buffer buffer = ViewBuffer(args[0]);
  List* list = NewList(0, nullptr);
  for (size_t i = 0; i < buffer.length; ++i) {
    ListAppend(list, Value::SmallInt(static_cast<uint8_t>(buffer.data[i])));
  }
  return Value(&list->base);
}

constexpr BuiltinFunction kToBytes = {
    {&kBuiltinFunctionType}, q::tobytes,      1, 1, false,
    ToBytesMethod,           &kMemoryViewType};
constexpr BuiltinFunction kToList = {
    {&kBuiltinFunctionType}, q::tolist, 1, 1, false, ToListMethod,
    &kMemoryViewType};

constexpr auto kMemoryViewMethods = SortedByKey(StaticMapTable<3>{{
    {Value::FromQstr(q::tobytes), Value(&kToBytes.base)},
    {Value::FromQstr(q::tolist), Value(&kToList.base)},
    {Value::FromQstr(q::hex), Value(&kBytesHex.base)},
}});
constexpr StaticMap kMemoryViewLocals = kMemoryViewMethods.map();

}  // namespace

const Type kMemoryViewType = {
    .base = {&kTypeType},
    .name = q::memoryview,
    .make_new = MakeNewMemoryView,
    .unary_op = BufferUnaryOp,
    .binary_op = MemoryViewBinaryOp,
    .attr = MemoryViewAttr,
    .subscr = MemoryViewSubscr,
    .get_iter = BufferGetIter,
    .locals = &kMemoryViewLocals,
    .buffer = MemoryViewBuffer,
};

}  // namespace mp::objects
