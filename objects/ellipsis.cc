// The type of `...`, an immediate value.
#include "objects/operations.h"

namespace mp::objects {

const Type kEllipsisType = {
    .base = {&kTypeType},
    .name = q::ellipsis,
    .print = [](const Printer& printer, Value,
                PrintKind) { printer.Write("Ellipsis"); },
};

}  // namespace mp::objects
