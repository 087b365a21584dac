// type: the type of every type object. Calling a type makes an instance through
// its make_new slot; type(x) gives the type of x.
#include "objects/exception.h"
#include "objects/map.h"
#include "objects/operations.h"

namespace mp::objects {
namespace {

void PrintType(const Printer& printer, Value self, PrintKind /*kind*/) {
  Printf(printer, "<class '%q'>", self.As<Type>()->name);
}

Value CallType(Value self, size_t n_args, size_t n_kw, const Value* args) {
  const auto* type = self.As<Type>();
  if (type->make_new == nullptr) {
    RaiseFormat(&kTypeErrorType, "cannot create '%q' instances", type->name);
  }
  return type->make_new(type, n_args, n_kw, args);
}

Value MakeNewType(const Type* /*type*/, size_t n_args, size_t n_kw,
                  const Value* args) {
  CheckArgCount(n_args, n_kw, 1, 1, false);
  return Value(&TypeOf(args[0])->base);
}

// Loads only: a type's name, and what its locals define (str.upper is the
// plain function).
void TypeAttr(Value self, Qstr attr, Value* dest) {
  if (!dest[0].IsNull() || !dest[1].IsNull()) return;
  const auto* type = self.As<Type>();
  if (attr == q::dunder_name) {
    dest[0] = Value::FromQstr(type->name);
    return;
  }
  for (const Type* t = type; t != nullptr; t = t->base_type) {
    if (t->locals == nullptr) continue;
    if (const Value* found = StaticMapFind(*t->locals, attr)) {
      dest[0] = *found;
      return;
    }
  }
}

}  // namespace

const Type kTypeType = {
    .base = {&kTypeType},
    .name = q::type,
    .print = PrintType,
    .make_new = MakeNewType,
    .call = CallType,
    .attr = TypeAttr,
};

}  // namespace mp::objects
