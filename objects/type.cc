// type: the type of every type object. Calling a type makes an instance through
// its make_new slot; type(x) gives the type of x.
#include "objects/class.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/map.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "objects/str.h"
#include "objects/tuple.h"

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

// type(x) is the type of x; type(name, bases, dict) makes a class.
Value MakeNewType(const Type* /*type*/, size_t n_args, size_t n_kw,
                  const Value* args) {
  if (n_args == 3) {
    CheckArgCount(n_args, n_kw, 3, 3, false);
    if (!args[0].IsQstr() && !IsInstance(args[0], &kStrType)) {
      RaiseMessage(&kTypeErrorType, "type() argument 1 must be str");
    }
    if (TypeOf(args[1]) != &kTupleType || TypeOf(args[2]) != &kDictType) {
      RaiseMessage(&kTypeErrorType, "type() takes 1 or 3 arguments");
    }
    size_t length;
    const char* name = StrData(args[0], &length);
    Class* cls = NewClass(Shared().qstrs.Intern(name, length),
                          args[1].As<Tuple>(), args[2].As<Dict>());
    return Value(&cls->type.base);
  }
  if (n_args != 1 || n_kw != 0) {
    RaiseMessage(&kTypeErrorType, "type() takes 1 or 3 arguments");
  }
  return Value(&TypeOf(args[0])->base);
}

// Loads only: a type's name, and what its locals define (str.upper is the
// plain function).
void TypeAttr(Value self, Qstr attr, Value* dest) {
  const auto* type = self.As<Type>();
  if (IsClass(type)) {
    ClassAttr(self, attr, dest);
    return;
  }
  if (!dest[0].IsNull()) return;
  if (attr == q::dunder_name) {
    dest[0] = Value::FromQstr(type->name);
    return;
  }
  for (const Type* t = type; t != nullptr; t = t->base_type) {
    if (t->locals == nullptr) continue;
    if (const Value* found = StaticMapFind(*t->locals, attr)) {
      BindBuiltinAttribute(*found, self, dest);
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
