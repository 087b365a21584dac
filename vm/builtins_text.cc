// Builtins about text: format and ascii.
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

// ascii(value): repr with every non-ASCII character escaped.
Value Ascii(size_t, size_t, const Value* args) {
  return objects::ToAscii(args[0]);
}

}  // namespace

const objects::BuiltinFunction ascii = {
    {&objects::kBuiltinFunctionType}, q::ascii, 1, 1, false, Ascii};

const objects::BuiltinFunction format = {
    {&objects::kBuiltinFunctionType}, q::format, 1, 2, false, Format};

}  // namespace mp::vm::builtins
