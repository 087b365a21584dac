// NoneType: None is an immediate value, so the type only prints it. And
// NotImplemented, the one object of its type, which binary special methods
// return to let the other operand try.
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

const Type kNotImplementedType = {
    .base = {&kTypeType},
    .name = q::NotImplementedType,
    .print = [](const Printer& printer, Value,
                PrintKind) { printer.Write("NotImplemented"); },
};

const Object kNotImplementedObject = {&kNotImplementedType};

}  // namespace mp::objects
