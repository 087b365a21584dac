#include "vm/builtin_modules.h"

#include "objects/dict.h"

namespace mp::vm {
namespace {

using objects::Value;
namespace q = objects::q;

void Store(objects::Module* module, objects::Qstr name, Value value) {
  module->dict->map.Store(Value::FromQstr(name), value);
}

}  // namespace

Value NewModuleOfFunctions(objects::Qstr name,
                           const objects::BuiltinFunction* const* functions,
                           size_t count) {
  objects::Module* module = objects::NewModule(name);
  for (size_t i = 0; i < count; ++i) {
    Store(module, functions[i]->name, Value(&functions[i]->base));
  }
  return Value(&module->base);
}

Value MakeBuiltinModule(objects::Qstr name) {
  switch (name) {
    case q::gc:
      return MakeGcModule();
    case q::micropython:
      return MakeMicropythonModule();
    case q::sys:
      return MakeSysModule();
    default:
      return Value();
  }
}

}  // namespace mp::vm
