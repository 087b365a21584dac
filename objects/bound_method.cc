#include "objects/bound_method.h"

#include <string.h>

#include "objects/operations.h"
#include "objects/state.h"

namespace mp::objects {
namespace {

void PrintBoundMethod(const Printer& printer, Value self, PrintKind /*kind*/) {
  const auto* method = self.As<BoundMethod>();
  printer.Write("<bound_method ");
  PrintValue(printer, method->function, PrintKind::kRepr);
  printer.Char('>');
}

Value CallBoundMethod(Value self, size_t n_args, size_t n_kw,
                      const Value* args) {
  const auto* method = self.As<BoundMethod>();
  // Prepend self: the arguments are copied once, into a GC array that the stack
  // scan finds.
  size_t total = 1 + n_args + 2 * n_kw;
  auto* with_self = static_cast<Value*>(Allocate(total * sizeof(Value)));
  with_self[0] = method->self;
  if (total > 1) memcpy(with_self + 1, args, (total - 1) * sizeof(Value));
  Value result = Call(method->function, n_args + 1, n_kw, with_self);
  Free(with_self);
  return result;
}

void BoundMethodAttr(Value self, Qstr attr, Value* dest) {
  if (!dest[0].IsNull()) return;  // loads only
  const auto* method = self.As<BoundMethod>();
  if (attr == q::dunder_self) {
    dest[0] = method->self;
  } else if (attr == q::dunder_func) {
    dest[0] = method->function;
  } else if (attr == q::dunder_name) {
    dest[0] = LoadAttr(method->function, q::dunder_name);
  }
}

}  // namespace

// MicroPython's name for the type (CPython's is `method`).
const Type kBoundMethodType = {
    .base = {&kTypeType},
    .name = q::bound_method,
    .print = PrintBoundMethod,
    .call = CallBoundMethod,
    .attr = BoundMethodAttr,
};

Value NewBoundMethod(Value function, Value self) {
  auto* method = New<BoundMethod>();
  method->base.type = &kBoundMethodType;
  method->function = function;
  method->self = self;
  return Value(&method->base);
}

}  // namespace mp::objects
