#include "objects/sequence.h"

#include <stdint.h>

#include "objects/exception.h"
#include "objects/operations.h"
#include "objects/state.h"

namespace mp::objects {
namespace {

// Callers pass only <, >, <=, >= and ==.
Value CompareSequences(BinaryOp op, const Value* a, size_t a_length,
                       const Value* b, size_t b_length) {
  if (op == BinaryOp::kEqual && a_length != b_length) return Value::False();
  // Nested sequences compare by recursion: deep ones must end in
  // RuntimeError, not in an overflowed C stack (a board's is 32 KiB).
  CheckStack();
  // The first unequal pair decides; if there is none, the shorter sequence is
  // smaller.
  size_t common = a_length < b_length ? a_length : b_length;
  for (size_t i = 0; i < common; ++i) {
    if (Equal(a[i], b[i])) continue;
    if (op == BinaryOp::kEqual) return Value::False();
    BinaryOp strict = op == BinaryOp::kLessEqual   ? BinaryOp::kLess
                      : op == BinaryOp::kMoreEqual ? BinaryOp::kMore
                                                   : op;
    return BinaryOperation(strict, a[i], b[i]);
  }
  switch (op) {
    case BinaryOp::kLess:
      return Value::Bool(a_length < b_length);
    case BinaryOp::kMore:
      return Value::Bool(a_length > b_length);
    case BinaryOp::kLessEqual:
      return Value::Bool(a_length <= b_length);
    case BinaryOp::kMoreEqual:
      return Value::Bool(a_length >= b_length);
    default:
      return Value::True();
  }
}

}  // namespace

Value SequenceBinaryOp(BinaryOp op, SequenceView self, Value rhs,
                       const SequenceView* other) {
  switch (PlainBinaryOp(op)) {
    case BinaryOp::kEqual:
      if (other == nullptr) return Value::False();
      [[fallthrough]];
    case BinaryOp::kLess:
    case BinaryOp::kMore:
    case BinaryOp::kLessEqual:
    case BinaryOp::kMoreEqual:
      if (other == nullptr) return Value();
      return CompareSequences(PlainBinaryOp(op), self.items, self.length,
                              other->items, other->length);
    case BinaryOp::kIn:
      for (size_t i = 0; i < self.length; ++i) {
        if (Equal(self.items[i], rhs)) return Value::True();
      }
      return Value::False();
    default:
      return Value();
  }
}

Value SequenceIndex(SequenceView self, size_t n_args, const Value* args,
                    const char* missing_message) {
  auto length = static_cast<intptr_t>(self.length);
  intptr_t start = n_args > 1 ? ToIntptr(args[1]) : 0;
  intptr_t stop = n_args > 2 ? ToIntptr(args[2]) : length;
  if (start < 0) start = start + length < 0 ? 0 : start + length;
  if (stop < 0) stop = stop + length < 0 ? 0 : stop + length;
  if (stop > length) stop = length;
  for (intptr_t i = start; i < stop; ++i) {
    if (Equal(self.items[i], args[0])) return Value::SmallInt(i);
  }
  RaiseMessage(&kValueErrorType, missing_message);
}

Value SequenceCount(SequenceView self, Value item) {
  intptr_t count = 0;
  for (size_t i = 0; i < self.length; ++i) count += Equal(self.items[i], item);
  return Value::SmallInt(count);
}

void PrintSequence(const Printer& printer, const Value* items, size_t length,
                   char open, char close) {
  printer.Char(open);
  for (size_t i = 0; i < length; ++i) {
    if (i > 0) printer.Write(", ");
    PrintValue(printer, items[i], PrintKind::kRepr);
  }
  if (length == 1 && open == '(') printer.Char(',');
  printer.Char(close);
}

size_t RepeatedLength(size_t length, intptr_t times) {
  if (times <= 0 || length == 0) return 0;
  if (static_cast<size_t>(times) > SIZE_MAX / sizeof(Value) / length) {
    RaiseMemoryError(SIZE_MAX);
  }
  return length * static_cast<size_t>(times);
}

}  // namespace mp::objects
