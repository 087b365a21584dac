#include "objects/range.h"

#include "objects/builtin_function.h"
#include "objects/exception.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/map.h"
#include "objects/operations.h"
#include "objects/slice.h"
#include "objects/state.h"

namespace mp::objects {
namespace {

struct RangeIterator {
  Object base;
  intptr_t next;
  intptr_t stop;
  intptr_t step;
};

Value RangeIteratorNext(Value self) {
  auto* iterator = self.As<RangeIterator>();
  if (iterator->step > 0 ? iterator->next >= iterator->stop
                         : iterator->next <= iterator->stop) {
    return Value();
  }
  Value result = Value::SmallInt(iterator->next);
  // Small ints leave a bit of headroom in intptr_t, so this cannot overflow.
  iterator->next += iterator->step;
  return result;
}

const Type kRangeIteratorType = {
    .base = {&kTypeType},
    .name = q::iterator,
    .get_iter = [](Value self) { return self; },
    .iter_next = RangeIteratorNext,
};

// Written so that no step can overflow: the ends are small ints, which leave
// headroom.
intptr_t RangeLength(const Range* range) {
  intptr_t span = range->stop - range->start;
  if (range->step > 0) return span <= 0 ? 0 : (span - 1) / range->step + 1;
  return span >= 0 ? 0 : (span + 1) / range->step + 1;
}

// Ranges hold small ints (range(2**70) is an OverflowError, as in
// MicroPython), so what slicing computes must fit one too.
intptr_t CheckedSmallInt(intptr_t n, bool overflowed) {
  if (overflowed || !Value::FitsSmallInt(n)) {
    RaiseMessage(&kOverflowErrorType, "range too large");
  }
  return n;
}

intptr_t Product(intptr_t a, intptr_t b) {
  intptr_t result;
  bool overflowed = __builtin_mul_overflow(a, b, &result);
  return CheckedSmallInt(result, overflowed);
}

// The value at position i (which may lie outside the range, as a clamped
// slice bound does).
intptr_t Position(const Range* range, intptr_t i) {
  intptr_t offset = Product(i, range->step);
  return CheckedSmallInt(range->start + offset, false);
}

Value NewRange(intptr_t start, intptr_t stop, intptr_t step) {
  auto* range = New<Range>();
  range->base.type = &kRangeType;
  range->start = start;
  range->stop = stop;
  range->step = step;
  return Value(&range->base);
}

void PrintRange(const Printer& printer, Value self, PrintKind /*kind*/) {
  const auto* range = self.As<Range>();
  Printf(printer, "range(%ld, %ld", static_cast<long>(range->start),
         static_cast<long>(range->stop));
  if (range->step != 1)
    Printf(printer, ", %ld", static_cast<long>(range->step));
  printer.Char(')');
}

Value MakeNewRange(const Type* /*type*/, size_t n_args, size_t n_kw,
                   const Value* args) {
  CheckArgCount(n_args, n_kw, 1, 3, false);
  if (n_args == 1) return NewRange(0, ToIntptr(args[0]), 1);
  intptr_t step = n_args == 3 ? ToIntptr(args[2]) : 1;
  if (step == 0) RaiseMessage(&kValueErrorType, "zero step");
  return NewRange(ToIntptr(args[0]), ToIntptr(args[1]), step);
}

Value RangeUnaryOp(UnaryOp op, Value self) {
  intptr_t length = RangeLength(self.As<Range>());
  switch (op) {
    case UnaryOp::kBool:
      return Value::Bool(length != 0);
    case UnaryOp::kLen:
      return NewInt(length);
    case UnaryOp::kHash: {
      // Equal ranges hash alike: only what equality looks at counts.
      const auto* range = self.As<Range>();
      auto hash = static_cast<uintptr_t>(length);
      if (length > 0)
        hash = hash * 1000003u ^ static_cast<uintptr_t>(range->start);
      if (length > 1)
        hash = hash * 1000003u ^ static_cast<uintptr_t>(range->step);
      return Value::SmallInt(static_cast<intptr_t>(hash >> 2));
    }
    default:
      return Value();
  }
}

// The position of `item` in the range, or -1.
intptr_t PositionOf(const Range* range, Value item) {
  Value n = NativeValue(item);
  if (!n.IsSmallInt() && !n.IsBool()) {
    // Other numbers equal to a member (2.0) are found by comparison.
    intptr_t length = RangeLength(range);
    for (intptr_t i = 0; i < length; ++i) {
      if (Equal(Value::SmallInt(range->start + i * range->step), item))
        return i;
    }
    return -1;
  }
  intptr_t offset = ToIntptr(n) - range->start;
  if (offset % range->step != 0) return -1;
  intptr_t i = offset / range->step;
  return i >= 0 && i < RangeLength(range) ? i : -1;
}

Value CountMethod(size_t, size_t, const Value* args) {
  return Value::SmallInt(PositionOf(args[0].As<Range>(), args[1]) >= 0);
}

Value IndexMethod(size_t, size_t, const Value* args) {
  intptr_t i = PositionOf(args[0].As<Range>(), args[1]);
  if (i < 0) {
    Value n = NativeValue(args[1]);
    if (!n.IsSmallInt()) {
      RaiseMessage(&kValueErrorType, "sequence.index(x): x not in sequence");
    }
    RaiseFormat(&kValueErrorType, "%ld is not in range",
                static_cast<long>(n.AsSmallInt()));
  }
  return Value::SmallInt(i);
}

constexpr BuiltinFunction kCount = {
    {&kBuiltinFunctionType}, q::count, 2, 2, false, CountMethod, &kRangeType};
constexpr BuiltinFunction kIndex = {
    {&kBuiltinFunctionType}, q::index, 2, 2, false, IndexMethod, &kRangeType};
constexpr auto kRangeMethods = SortedByKey(StaticMapTable<2>{{
    {Value::FromQstr(q::count), Value(&kCount.base)},
    {Value::FromQstr(q::index), Value(&kIndex.base)},
}});
constexpr StaticMap kRangeLocals = kRangeMethods.map();

Value RangeSubscr(Value self, Value index, Value value) {
  if (value != Value::Sentinel()) return Value();
  const auto* range = self.As<Range>();
  if (IsSlice(index)) {
    // As CPython: the slice's clamped bounds mapped through the range, so
    // range(10)[5:2] is range(5, 2), not range(5, 5).
    SliceRange selected = ResolveSlice(index.As<Slice>(),
                                       static_cast<size_t>(RangeLength(range)));
    return NewRange(Position(range, selected.start),
                    Position(range, selected.stop),
                    Product(range->step, selected.step));
  }
  size_t i =
      NormalizeIndex(index, static_cast<size_t>(RangeLength(range)), "range");
  return Value::SmallInt(range->start + static_cast<intptr_t>(i) * range->step);
}

Value RangeGetIter(Value self) {
  const auto* range = self.As<Range>();
  auto* iterator = New<RangeIterator>();
  iterator->base.type = &kRangeIteratorType;
  iterator->next = range->start;
  iterator->stop = range->stop;
  iterator->step = range->step;
  return Value(&iterator->base);
}

// Ranges are equal when they give the same items (range(0) == range(5, 0)).
Value RangeBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  if ((op != BinaryOp::kEqual && op != BinaryOp::kNotEqual) ||
      TypeOf(rhs) != &kRangeType) {
    return Value();
  }
  const auto* a = lhs.As<Range>();
  const auto* b = rhs.As<Range>();
  intptr_t length = RangeLength(a);
  bool equal = length == RangeLength(b) &&
               (length == 0 ||
                (a->start == b->start && (length == 1 || a->step == b->step)));
  return Value::Bool(equal == (op == BinaryOp::kEqual));
}

void RangeAttr(Value self, Qstr attr, Value* dest) {
  if (!dest[0].IsNull()) return;  // loads only
  const auto* range = self.As<Range>();
  if (attr == q::start) {
    dest[0] = Value::SmallInt(range->start);
  } else if (attr == q::stop) {
    dest[0] = Value::SmallInt(range->stop);
  } else if (attr == q::step) {
    dest[0] = Value::SmallInt(range->step);
  }
}

}  // namespace

const Type kRangeType = {
    .base = {&kTypeType},
    .name = q::range,
    .print = PrintRange,
    .make_new = MakeNewRange,
    .unary_op = RangeUnaryOp,
    .binary_op = RangeBinaryOp,
    .attr = RangeAttr,
    .subscr = RangeSubscr,
    .get_iter = RangeGetIter,
    .locals = &kRangeLocals,
};

}  // namespace mp::objects
