#include "objects/builtin_function.h"

#include "objects/exception.h"
#include "objects/instance.h"
#include "objects/operations.h"
#include "objects/state.h"

namespace mp::objects {
namespace {

void PrintBuiltinFunction(const Printer& printer, Value self,
                          PrintKind /*kind*/) {
  Printf(printer, "<built-in function %q>", self.As<BuiltinFunction>()->name);
}

Value CallBuiltinFunction(Value self, size_t n_args, size_t n_kw,
                          const Value* args) {
  const auto* function = self.As<BuiltinFunction>();
  CheckArgCount(
      n_args, n_kw, function->min_args,
      function->max_args == kAnyNumberOfArgs ? SIZE_MAX : function->max_args,
      function->takes_keywords);
  if (function->self_type != nullptr) {
    Value self = n_args > 0 ? NativeValue(args[0]) : Value();
    if (self.IsNull() || !IsInstance(self, function->self_type)) {
      RaiseFormat(&kTypeErrorType, "descriptor '%q' needs a '%q' object",
                  function->name, function->self_type->name);
    }
    if (self != args[0]) {
      // An instance of a subclass, passed explicitly: the method works on
      // the built-in object inside it.
      size_t total = n_args + 2 * n_kw;
      auto* copy = static_cast<Value*>(Allocate(total * sizeof(Value)));
      for (size_t i = 0; i < total; ++i) copy[i] = args[i];
      copy[0] = self;
      Value result = function->function(n_args, n_kw, copy);
      Free(copy);
      return result;
    }
  }
  return function->function(n_args, n_kw, args);
}

}  // namespace

void BindArguments(size_t n_args, size_t n_kw, const Value* args,
                   size_t n_names, const Qstr* names, Value* values) {
  for (size_t i = 0; i < n_args; ++i) values[i] = args[i];
  const Value* keywords = args + n_args;
  for (size_t i = 0; i < n_kw; ++i) {
    Value name = keywords[2 * i];
    size_t j = 0;
    while (j < n_names && name != Value::FromQstr(names[j])) ++j;
    if (j == n_names) {
      RaiseFormat(&kTypeErrorType, "unexpected keyword argument '%q'",
                  name.AsQstr());
    }
    if (!values[j].IsNull()) {
      RaiseFormat(&kTypeErrorType,
                  "function got multiple values for argument '%q'",
                  name.AsQstr());
    }
    values[j] = keywords[2 * i + 1];
  }
}

const Type kBuiltinFunctionType = {
    .base = {&kTypeType},
    .name = q::builtin_function,
    .print = PrintBuiltinFunction,
    .call = CallBuiltinFunction,
};

}  // namespace mp::objects
