#include "objects/builtin_function.h"

#include "objects/operations.h"

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
  return function->function(n_args, n_kw, args);
}

}  // namespace

const Type kBuiltinFunctionType = {
    .base = {&kTypeType},
    .name = q::builtin_function,
    .print = PrintBuiltinFunction,
    .call = CallBuiltinFunction,
};

}  // namespace mp::objects
