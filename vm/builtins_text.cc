// Builtins about text: format.
#include "objects/format.h"
#include "objects/str.h"
#include "vm/builtins.h"

namespace mp::vm::builtins {
namespace {

using objects::Value;
namespace q = objects::q;

// format(value, format_spec='')
Value Format(size_t n_args, size_t, const Value* args) {
  return objects::FormatValue(
      args[0], n_args == 2 ? args[1] : Value::FromQstr(q::empty));
}

}  // namespace

const objects::BuiltinFunction format = {
    {&objects::kBuiltinFunctionType}, q::format, 1, 2, false, Format};

}  // namespace mp::vm::builtins
