#include "objects/sequence.h"

#include <stdint.h>

#include "objects/exception.h"
#include "objects/operations.h"

namespace mp::objects {

Value CompareSequences(BinaryOp op, const Value* a, size_t a_length,
                       const Value* b, size_t b_length) {
  op = PlainBinaryOp(op);
  if (op != BinaryOp::kLess && op != BinaryOp::kMore &&
      op != BinaryOp::kLessEqual && op != BinaryOp::kMoreEqual &&
      op != BinaryOp::kEqual) {
    return Value();
  }
  if (op == BinaryOp::kEqual && a_length != b_length) return Value::False();
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

size_t RepeatedLength(size_t length, intptr_t times) {
  if (times <= 0 || length == 0) return 0;
  if (static_cast<size_t>(times) > SIZE_MAX / sizeof(Value) / length) {
    RaiseMemoryError(SIZE_MAX);
  }
  return length * static_cast<size_t>(times);
}

}  // namespace mp::objects
