// The modules built into the interpreter (sys, micropython), made when first
// imported.
#ifndef MP_VM_BUILTIN_MODULES_H_
#define MP_VM_BUILTIN_MODULES_H_

#include "objects/value.h"

namespace mp::vm {

// A new module object for a built-in module's name, or null for other names.
objects::Value MakeBuiltinModule(objects::Qstr name);

}  // namespace mp::vm

#endif  // MP_VM_BUILTIN_MODULES_H_
