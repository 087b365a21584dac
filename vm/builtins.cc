// The builtins module's contents: functions written here, and the built-in
// types and exceptions, as one table fixed at compile time.
#include <string.h>

#include "objects/builtin_function.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/map.h"
#include "objects/operations.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/runtime.h"

namespace mp::vm {
namespace {

using objects::BuiltinFunction;
using objects::kAnyNumberOfArgs;
using objects::kBuiltinFunctionType;
using objects::Qstr;
using objects::Value;
namespace q = objects::q;

// The text of a str argument, or TypeError naming the parameter.
const char* StrArgument(Value value, const char* parameter, size_t* length) {
  if (!objects::IsInstance(value, &objects::kStrType)) {
    objects::RaiseFormat(&objects::kTypeErrorType,
                         "%s must be None or a string", parameter);
  }
  return objects::StrData(value, length);
}

// print(*objects, sep=' ', end='\n')
Value Print(size_t n_args, size_t n_kw, const Value* args) {
  const char* sep = " ";
  size_t sep_length = 1;
  const char* end = "\n";
  size_t end_length = 1;
  for (size_t i = 0; i < n_kw; ++i) {
    Value name = args[n_args + 2 * i];
    Value value = args[n_args + 2 * i + 1];
    if (name == Value::FromQstr(q::sep)) {
      if (!value.IsNone()) sep = StrArgument(value, "sep", &sep_length);
    } else if (name == Value::FromQstr(q::end)) {
      if (!value.IsNone()) end = StrArgument(value, "end", &end_length);
    } else {
      objects::RaiseFormat(&objects::kTypeErrorType,
                           "unexpected keyword argument '%q'", name.AsQstr());
    }
  }
  const objects::Printer& out = StdoutPrinter();
  for (size_t i = 0; i < n_args; ++i) {
    if (i > 0) out.Write(sep, sep_length);
    objects::PrintValue(out, args[i], objects::PrintKind::kStr);
  }
  out.Write(end, end_length);
  return Value::None();
}

Value Len(size_t /*n_args*/, size_t /*n_kw*/, const Value* args) {
  return objects::UnaryOperation(objects::UnaryOp::kLen, args[0]);
}

Value Abs(size_t /*n_args*/, size_t /*n_kw*/, const Value* args) {
  Value x = args[0];
  if (x.IsBool()) x = Value::SmallInt(x == Value::True());
  if (x.IsSmallInt()) {
    return x.AsSmallInt() < 0
               ? objects::UnaryOperation(objects::UnaryOp::kNegative, x)
               : x;
  }
  objects::RaiseFormat(&objects::kTypeErrorType,
                       "unsupported type for %q: '%q'", q::abs,
                       objects::TypeName(x));
}

Value Repr(size_t /*n_args*/, size_t /*n_kw*/, const Value* args) {
  return objects::ToRepr(args[0]);
}

bool IsInstanceOf(Value object, Value types) {
  if (objects::TypeOf(types) == &objects::kTupleType) {
    const auto* tuple = types.As<objects::Tuple>();
    for (size_t i = 0; i < tuple->length; ++i) {
      if (IsInstanceOf(object, tuple->items[i])) return true;
    }
    return false;
  }
  if (!objects::IsType(types)) {
    objects::RaiseMessage(
        &objects::kTypeErrorType,
        "isinstance() arg 2 must be a type or tuple of types");
  }
  return objects::IsInstance(object, types.As<objects::Type>());
}

Value IsInstance(size_t /*n_args*/, size_t /*n_kw*/, const Value* args) {
  return Value::Bool(IsInstanceOf(args[0], args[1]));
}

constexpr BuiltinFunction kPrint = {{&kBuiltinFunctionType}, q::print, 0,
                                    kAnyNumberOfArgs,        true,     Print};
constexpr BuiltinFunction kLen = {
    {&kBuiltinFunctionType}, q::len, 1, 1, false, Len};
constexpr BuiltinFunction kAbs = {
    {&kBuiltinFunctionType}, q::abs, 1, 1, false, Abs};
constexpr BuiltinFunction kRepr = {
    {&kBuiltinFunctionType}, q::repr, 1, 1, false, Repr};
constexpr BuiltinFunction kIsInstance = {
    {&kBuiltinFunctionType}, q::isinstance, 2, 2, false, IsInstance};

constexpr objects::MapEntry Entry(Qstr name, const objects::Object* object) {
  return objects::MapEntry{Value::FromQstr(name), Value(object)};
}

#define MP_EXCEPTION_ENTRY(name, parent) \
  Entry(q::name, &objects::k##name##Type.base),

constexpr objects::MapEntry kUnsortedBuiltins[] = {
    Entry(q::print, &kPrint.base),
    Entry(q::len, &kLen.base),
    Entry(q::abs, &kAbs.base),
    Entry(q::repr, &kRepr.base),
    Entry(q::isinstance, &kIsInstance.base),
    Entry(q::bool_, &objects::kBoolType.base),
    Entry(q::int_, &objects::kIntType.base),
    Entry(q::str, &objects::kStrType.base),
    Entry(q::tuple, &objects::kTupleType.base),
    Entry(q::list, &objects::kListType.base),
    Entry(q::range, &objects::kRangeType.base),
    Entry(q::type, &objects::kTypeType.base),
    Entry(q::BaseException, &objects::kBaseExceptionType.base),
    MP_EXCEPTION_TYPES(MP_EXCEPTION_ENTRY)};
#undef MP_EXCEPTION_ENTRY

constexpr size_t kBuiltinCount =
    sizeof(kUnsortedBuiltins) / sizeof(kUnsortedBuiltins[0]);

consteval objects::StaticMapTable<kBuiltinCount> BuiltinTable() {
  objects::StaticMapTable<kBuiltinCount> table{};
  for (size_t i = 0; i < kBuiltinCount; ++i)
    table.entries[i] = kUnsortedBuiltins[i];
  return objects::SortedByKey(table);
}

constexpr objects::StaticMapTable<kBuiltinCount> kBuiltins = BuiltinTable();
constexpr objects::StaticMap kBuiltinMap = kBuiltins.map();

}  // namespace

const Value* LookupBuiltin(Qstr name) {
  return objects::StaticMapFind(kBuiltinMap, name);
}

}  // namespace mp::vm
