// __build_class__(body, name, *bases, metaclass=type, **keywords): what a
// class statement calls. It runs the class body in a fresh namespace, makes
// the class from it, fills the __class__ cell that zero-argument super()
// reads, then calls __set_name__ and __init_subclass__ hooks.
#include "objects/builtin_function.h"
#include "objects/cell.h"
#include "objects/class.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "objects/tuple.h"
#include "vm/builtins.h"
#include "vm/function.h"

namespace mp::vm::builtins {
namespace {

using objects::Value;
namespace q = objects::q;

// Calls value.__set_name__(cls, name) for each attribute whose class has one.
void CallSetNameHooks(objects::Class* cls) {
  const objects::Map& map = cls->dict.map;
  for (size_t i = 0; i < map.entry_count(); ++i) {
    objects::MapEntry entry = map.entries()[i];
    if (entry.key.IsNull() || !entry.value.IsObject()) continue;
    const objects::Type* type = objects::TypeOf(entry.value);
    if (!objects::IsClass(type)) continue;
    Value method[2];
    if (!objects::TryLoadMethod(entry.value, q::dunder_set_name, method))
      continue;
    Value args[3] = {method[1], Value(&cls->type.base), entry.key};
    bool bound = !method[1].IsNull();
    objects::Call(method[0], bound ? 3 : 2, 0, bound ? args : args + 1);
  }
}

// The parent's __init_subclass__(cls, **keywords): an implicit classmethod.
void CallInitSubclass(objects::Class* cls, size_t n_kw, const Value* keywords) {
  const objects::Type* owner;
  Value hook = objects::LookupInMroAfter(&cls->type, &cls->type,
                                         q::dunder_init_subclass, &owner);
  if (hook.IsNull() || !objects::IsClass(owner)) {
    if (n_kw > 0) {
      objects::RaiseMessage(&objects::kTypeErrorType,
                            "__init_subclass__() takes no keyword arguments");
    }
    return;
  }
  if (objects::TypeOf(hook) == &objects::kClassMethodType) {
    hook = hook.As<objects::MethodWrapper>()->function;
  }
  auto* args =
      static_cast<Value*>(objects::Allocate((1 + 2 * n_kw) * sizeof(Value)));
  args[0] = Value(&cls->type.base);
  for (size_t i = 0; i < 2 * n_kw; ++i) args[1 + i] = keywords[i];
  objects::Call(hook, 1, n_kw, args);
  objects::Free(args);
}

Value BuildClass(size_t n_args, size_t n_kw, const Value* args) {
  if (objects::TypeOf(args[0]) != &kFunctionType || !args[1].IsQstr()) {
    objects::RaiseMessage(&objects::kTypeErrorType,
                          "__build_class__: bad arguments");
  }
  const auto& body = *args[0].As<Function>();
  objects::Qstr name = args[1].AsQstr();
  objects::Tuple* bases = objects::NewTuple(n_args - 2, args + 2);
  Value metaclass;
  // Keywords other than metaclass go to __init_subclass__.
  auto* keywords =
      static_cast<Value*>(objects::Allocate((2 * n_kw + 1) * sizeof(Value)));
  size_t n_keywords = 0;
  for (size_t i = 0; i < n_kw; ++i) {
    Value key = args[n_args + 2 * i];
    Value value = args[n_args + 2 * i + 1];
    if (key == Value::FromQstr(q::metaclass)) {
      metaclass = value;
    } else {
      keywords[2 * n_keywords] = key;
      keywords[2 * n_keywords + 1] = value;
      ++n_keywords;
    }
  }
  objects::Dict* namespace_dict = objects::NewDict();
  Value cell = RunWithLocals(body, &namespace_dict->map);
  Value result;
  if (metaclass.IsNull() || metaclass == Value(&objects::kTypeType.base)) {
    objects::Class* cls = objects::NewClass(name, bases, namespace_dict);
    result = Value(&cls->type.base);
    if (objects::TypeOf(cell) == &objects::kCellType) {
      cell.As<objects::Cell>()->value = result;
    }
    CallSetNameHooks(cls);
    CallInitSubclass(cls, n_keywords, keywords);
  } else {
    Value call_args[3] = {Value::FromQstr(name), Value(&bases->base),
                          Value(&namespace_dict->base)};
    result = objects::Call(metaclass, 3, 0, call_args);
    if (objects::TypeOf(cell) == &objects::kCellType) {
      cell.As<objects::Cell>()->value = result;
    }
  }
  objects::Free(keywords);
  return result;
}

}  // namespace

const objects::BuiltinFunction dunder_build_class = {
    {&objects::kBuiltinFunctionType},
    q::dunder_build_class,
    2,
    objects::kAnyNumberOfArgs,
    true,
    BuildClass};

}  // namespace mp::vm::builtins
