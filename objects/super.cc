#include "objects/super.h"

#include "objects/class.h"
#include "objects/exception.h"
#include "objects/operations.h"
#include "objects/state.h"

namespace mp::objects {
namespace {

Value MakeNewSuper(const Type* /*type*/, size_t n_args, size_t n_kw,
                   const Value* args) {
  if (n_args == 0) {
    RaiseMessage(&kRuntimeErrorType, "super(): no arguments");
  }
  CheckArgCount(n_args, n_kw, 2, 2, false);
  if (!IsType(args[0])) {
    RaiseMessage(&kTypeErrorType, "super() argument 1 must be a type");
  }
  const Type* type = args[0].As<Type>();
  Value object = args[1];
  bool valid = IsInstance(object, type) ||
               (IsType(object) && IsSubclass(object.As<Type>(), type));
  if (!valid) {
    RaiseMessage(
        &kTypeErrorType,
        "super(type, obj): obj must be an instance or subtype of type");
  }
  auto* super = New<Super>();
  super->base.type = &kSuperType;
  super->type = type;
  super->object = object;
  return Value(&super->base);
}

void SuperAttr(Value self, Qstr attr, Value* dest) {
  if (!dest[0].IsNull()) return;  // loads only
  const auto* super = self.As<Super>();
  Value object = super->object;
  bool is_class = IsType(object) && IsSubclass(object.As<Type>(), super->type);
  const Type* start = is_class ? object.As<Type>() : TypeOf(object);
  const Type* owner;
  Value found = LookupInMroAfter(start, super->type, attr, &owner);
  if (found.IsNull()) return;
  BindClassAttribute(found, owner, object, start, dest);
}

void PrintSuper(const Printer& printer, Value self, PrintKind /*kind*/) {
  const auto* super = self.As<Super>();
  Printf(printer, "<super: <class '%q'>, <%q object>>", super->type->name,
         TypeName(super->object));
}

}  // namespace

const Type kSuperType = {
    .base = {&kTypeType},
    .name = q::super,
    .print = PrintSuper,
    .make_new = MakeNewSuper,
    .attr = SuperAttr,
};

}  // namespace mp::objects
