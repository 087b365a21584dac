#include "objects/slice.h"

#include "objects/builtin_function.h"
#include "objects/exception.h"
#include "objects/map.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "objects/tuple.h"

namespace mp::objects {
namespace {

void PrintSlice(const Printer& printer, Value self, PrintKind /*kind*/) {
  const auto* slice = self.As<Slice>();
  printer.Write("slice(");
  PrintValue(printer, slice->start, PrintKind::kRepr);
  printer.Write(", ");
  PrintValue(printer, slice->stop, PrintKind::kRepr);
  printer.Write(", ");
  PrintValue(printer, slice->step, PrintKind::kRepr);
  printer.Char(')');
}

Value MakeNewSlice(const Type* /*type*/, size_t n_args, size_t n_kw,
                   const Value* args) {
  CheckArgCount(n_args, n_kw, 1, 3, false);
  if (n_args == 1) return NewSlice(Value::None(), args[0], Value::None());
  return NewSlice(args[0], args[1], n_args == 3 ? args[2] : Value::None());
}

// Slices compare as the tuples of their three parts.
Value SliceBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  if ((op != BinaryOp::kEqual && op != BinaryOp::kNotEqual) || !IsSlice(rhs)) {
    return Value();
  }
  const auto* a = lhs.As<Slice>();
  const auto* b = rhs.As<Slice>();
  bool equal = Equal(a->start, b->start) && Equal(a->stop, b->stop) &&
               Equal(a->step, b->step);
  return Value::Bool(equal == (op == BinaryOp::kEqual));
}

void SliceAttr(Value self, Qstr attr, Value* dest) {
  if (!dest[0].IsNull()) return;
  const auto* slice = self.As<Slice>();
  if (attr == q::start) dest[0] = slice->start;
  if (attr == q::stop) dest[0] = slice->stop;
  if (attr == q::step) dest[0] = slice->step;
}

Value IndicesMethod(size_t /*n_args*/, size_t /*n_kw*/, const Value* args) {
  intptr_t length = ToIntptr(args[1]);
  if (length < 0)
    RaiseMessage(&kValueErrorType, "length should not be negative");
  SliceRange range =
      ResolveSlice(args[0].As<Slice>(), static_cast<size_t>(length));
  Value result[3] = {Value::SmallInt(range.start), Value::SmallInt(range.stop),
                     Value::SmallInt(range.step)};
  return Value(&NewTuple(3, result)->base);
}

constexpr BuiltinFunction kIndices = {
    {&kBuiltinFunctionType}, q::indices, 2, 2, false,
    IndicesMethod,           &kSliceType};
constexpr auto kSliceMethods = SortedByKey(StaticMapTable<1>{{
    {Value::FromQstr(q::indices), Value(&kIndices.base)},
}});
constexpr StaticMap kSliceLocals = kSliceMethods.map();

// An index of a slice: None for the default, else an int or anything with
// __index__. An int beyond the small ones is beyond every sequence's end, so
// the largest (or smallest) small int stands for it.
bool SliceIndex(Value value, intptr_t* index) {
  if (value.IsNone()) return false;
  Value int_value = TryIndex(value);
  if (int_value.IsNull()) {
    RaiseMessage(
        &kTypeErrorType,
        "slice indices must be integers or None or have an __index__ method");
  }
  if (int_value.IsSmallInt()) {
    *index = int_value.AsSmallInt();
  } else {
    bool negative =
        IsTrue(BinaryOperation(BinaryOp::kLess, int_value, Value::SmallInt(0)));
    *index = negative ? Value::kSmallIntMin : Value::kSmallIntMax;
  }
  return true;
}

}  // namespace

const Type kSliceType = {
    .base = {&kTypeType},
    .name = q::slice,
    .flags = kTypeUnhashable,
    .print = PrintSlice,
    .make_new = MakeNewSlice,
    .binary_op = SliceBinaryOp,
    .attr = SliceAttr,
    .locals = &kSliceLocals,
};

Value NewSlice(Value start, Value stop, Value step) {
  auto* slice = New<Slice>();
  slice->base.type = &kSliceType;
  slice->start = start;
  slice->stop = stop;
  slice->step = step;
  return Value(&slice->base);
}

SliceRange ResolveSlice(const Slice* slice, size_t size) {
  auto length = static_cast<intptr_t>(size);
  intptr_t step = 1;
  if (SliceIndex(slice->step, &step) && step == 0) {
    RaiseMessage(&kValueErrorType, "slice step cannot be zero");
  }
  // Defaults and clamping as Python does them: the ends depend on the
  // direction.
  intptr_t lower = step > 0 ? 0 : -1;
  intptr_t upper = step > 0 ? length : length - 1;
  auto clamp = [&](Value bound, intptr_t fallback) {
    intptr_t index;
    if (!SliceIndex(bound, &index)) return fallback;
    if (index < 0) {
      index += length;
      return index < lower ? lower : index;
    }
    return index > upper ? upper : index;
  };
  intptr_t start = clamp(slice->start, step > 0 ? lower : upper);
  intptr_t stop = clamp(slice->stop, step > 0 ? upper : lower);
  SliceRange range{start, stop, step, 0};
  if (step > 0 && stop > start) {
    range.count = static_cast<size_t>((stop - start - 1) / step + 1);
  } else if (step < 0 && start > stop) {
    range.count = static_cast<size_t>((start - stop - 1) / (-step) + 1);
  }
  return range;
}

}  // namespace mp::objects
