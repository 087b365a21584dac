#include "vm/builtin_modules.h"

#include "objects/dict.h"
#include "objects/list.h"
#include "vm/runtime.h"

namespace mp::vm {
namespace {

using objects::Value;
namespace q = objects::q;

void Store(objects::Module* module, objects::Qstr name, Value value) {
  module->dict->map.Store(Value::FromQstr(name), value);
}

Value MakeSys() {
  objects::Module* module = objects::NewModule(q::sys);
  VmState& vm = Vm();
  Store(module, q::modules, Value(&vm.modules->base));
  Store(module, q::path, Value(&vm.path->base));
  Store(module, q::argv, Value(&vm.argv->base));
  Store(module, q::platform, Value::FromQstr(vm.platform));
  return Value(&module->base);
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
      return MakeSys();
    default:
      return Value();
  }
}

}  // namespace mp::vm
