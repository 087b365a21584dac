#include "vm/builtin_modules.h"

#include "objects/builtin_function.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/operations.h"
#include "vm/runtime.h"

namespace mp::vm {
namespace {

using objects::Value;
namespace q = objects::q;

// micropython.const(x) is x: the compiler folds it where it can.
Value Const(size_t /*n_args*/, size_t /*n_kw*/, const Value* args) {
  return args[0];
}

constexpr objects::BuiltinFunction kConst = {
    {&objects::kBuiltinFunctionType}, q::const_, 1, 1, false, Const};

void Store(objects::Module* module, objects::Qstr name, Value value) {
  module->dict->map.Store(Value::FromQstr(name), value);
}

Value MakeMicropython() {
  objects::Module* module = objects::NewModule(q::micropython);
  Store(module, q::const_, Value(&kConst.base));
  return Value(&module->base);
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

Value MakeBuiltinModule(objects::Qstr name) {
  switch (name) {
    case q::micropython:
      return MakeMicropython();
    case q::sys:
      return MakeSys();
    default:
      return Value();
  }
}

}  // namespace mp::vm
