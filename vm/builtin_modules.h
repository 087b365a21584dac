// The modules built into the interpreter (sys, gc, micropython), made when
// first imported.
#ifndef MP_VM_BUILTIN_MODULES_H_
#define MP_VM_BUILTIN_MODULES_H_

#include <stddef.h>

#include "objects/builtin_function.h"
#include "objects/module.h"
#include "objects/value.h"

namespace mp::vm {

// A module that the program links in (machine, time, os, ...): the VM
// itself never depends on //modules, so a host program or a firmware hands
// it the table of what it links.
struct ProgramModule {
  objects::Qstr name;
  objects::Value (*make)();
};

// Sets the program's modules (a table that outlives the VM, usually
// static); called after InitVm and before the first import.
void SetProgramModules(const ProgramModule* modules, size_t count);

template <size_t N>
void SetProgramModules(const ProgramModule (&modules)[N]) {
  SetProgramModules(modules, N);
}

// A new module object for a built-in module's name (the VM's own, then the
// program's), or null for other names.
objects::Value MakeBuiltinModule(objects::Qstr name);

// A module holding `functions` under their names.
objects::Value NewModuleOfFunctions(
    objects::Qstr name, const objects::BuiltinFunction* const* functions,
    size_t count);

template <size_t N>
objects::Value NewModuleOfFunctions(
    objects::Qstr name, const objects::BuiltinFunction* const (&functions)[N]) {
  return NewModuleOfFunctions(name, functions, N);
}

// A module's function `id`, named q::name, taking positional arguments only.
#define MP_MODULE_FUNCTION(id, name, min, max, fn) \
  constexpr objects::BuiltinFunction id = {        \
      {&objects::kBuiltinFunctionType}, objects::q::name, min, max, false, fn}

// The built-in modules (gc_module.cc, micropython_module.cc, sys_module.cc).
objects::Value MakeGcModule();
objects::Value MakeMicropythonModule();
objects::Value MakeSysModule();

}  // namespace mp::vm

#endif  // MP_VM_BUILTIN_MODULES_H_
