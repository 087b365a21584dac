#include "objects/range.h"

#include "objects/exception.h"
#include "objects/int.h"
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
  auto* range = New<Range>();
  range->base.type = &kRangeType;
  range->step = 1;
  if (n_args == 1) {
    range->stop = ToIntptr(args[0]);
  } else {
    range->start = ToIntptr(args[0]);
    range->stop = ToIntptr(args[1]);
    if (n_args == 3) range->step = ToIntptr(args[2]);
    if (range->step == 0) RaiseMessage(&kValueErrorType, "zero step");
  }
  return Value(&range->base);
}

Value RangeUnaryOp(UnaryOp op, Value self) {
  intptr_t length = RangeLength(self.As<Range>());
  switch (op) {
    case UnaryOp::kBool:
      return Value::Bool(length != 0);
    case UnaryOp::kLen:
      return NewInt(length);
    default:
      return Value();
  }
}

Value RangeSubscr(Value self, Value index, Value value) {
  if (value != Value::Sentinel()) return Value();
  const auto* range = self.As<Range>();
  if (IsSlice(index)) {
    SliceRange selected = ResolveSlice(index.As<Slice>(),
                                       static_cast<size_t>(RangeLength(range)));
    auto* result = New<Range>();
    result->base.type = &kRangeType;
    result->start = range->start + selected.start * range->step;
    result->step = range->step * selected.step;
    result->stop =
        result->start + static_cast<intptr_t>(selected.count) * result->step;
    return Value(&result->base);
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
};

}  // namespace mp::objects
