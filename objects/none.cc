// NoneType: None is an immediate value, so the type only prints it.
#include "objects/operations.h"

namespace mp::objects {

const Type kNoneType = {
    .base = {&kTypeType},
    .name = q::NoneType,
    .print = [](const Printer& printer, Value,
                PrintKind) { printer.Write("None"); },
    .unary_op =
        [](UnaryOp op, Value) {
          return op == UnaryOp::kBool ? Value::False() : Value();
        },
};

}  // namespace mp::objects
