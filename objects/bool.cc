// bool: True and False are immediates; arithmetic treats them as the ints 1 and
// 0.
#include "objects/int.h"
#include "objects/operations.h"

namespace mp::objects {
namespace {

Value AsInt(Value b) { return Value::SmallInt(b == Value::True()); }

Value MakeNewBool(const Type* /*type*/, size_t n_args, size_t n_kw,
                  const Value* args) {
  CheckArgCount(n_args, n_kw, 0, 1, false);
  return Value::Bool(n_args == 1 && IsTrue(args[0]));
}

Value BoolUnaryOp(UnaryOp op, Value self) {
  if (op == UnaryOp::kBool) return self;
  return UnaryOperation(op, AsInt(self));
}

Value BoolBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  // True & True stays a bool, as in CPython.
  if (rhs.IsBool()) {
    bool a = lhs == Value::True();
    bool b = rhs == Value::True();
    switch (PlainBinaryOp(op)) {
      case BinaryOp::kAnd:
        return Value::Bool(a && b);
      case BinaryOp::kOr:
        return Value::Bool(a || b);
      case BinaryOp::kXor:
        return Value::Bool(a != b);
      default:
        break;
    }
  }
  return BinaryOperation(op, AsInt(lhs), rhs);
}

}  // namespace

const Type kBoolType = {
    .base = {&kTypeType},
    .name = q::bool_,
    .print =
        [](const Printer& printer, Value self, PrintKind) {
          printer.Write(self == Value::True() ? "True" : "False");
        },
    .make_new = MakeNewBool,
    .unary_op = BoolUnaryOp,
    .binary_op = BoolBinaryOp,
    .base_type = &kIntType,
};

}  // namespace mp::objects
