// Code objects: what compile() returns and exec() and eval() run, compiled
// module code (or one expression, for mode 'eval').
#ifndef MP_VM_CODE_H_
#define MP_VM_CODE_H_

#include "compiler/raw_code.h"
#include "objects/object.h"

namespace mp::vm {

extern const objects::Type kCodeType;

struct Code {
  objects::Object base;
  const compiler::RawCode* raw_code;
};

objects::Value NewCode(const compiler::RawCode* raw_code);

}  // namespace mp::vm

#endif  // MP_VM_CODE_H_
