#include "vm/builtin_modules.h"

#include "objects/dict.h"

namespace mp::vm {
namespace {

using objects::Value;
namespace q = objects::q;

void Store(objects::Module* module, objects::Qstr name, Value value) {
  module->dict->map.Store(Value::FromQstr(name), value);
}

const ProgramModule* g_program_modules = nullptr;
size_t g_program_module_count = 0;

}  // namespace

void SetProgramModules(const ProgramModule* modules, size_t count) {
  g_program_modules = modules;
  g_program_module_count = count;
}

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
      for (size_t i = 0; i < g_program_module_count; ++i) {
        if (g_program_modules[i].name == name) {
          return g_program_modules[i].make();
        }
      }
      return Value();
  }
}

}  // namespace mp::vm
