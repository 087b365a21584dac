// The modules a firmware adds to the VM's own (sys, gc, micropython).
#ifndef MP_PLATFORMS_FIRMWARE_MODULES_H_
#define MP_PLATFORMS_FIRMWARE_MODULES_H_

#include <stddef.h>

#include "vm/builtin_modules.h"

namespace mp::firmware {

extern const vm::ProgramModule kModules[];
extern const size_t kModuleCount;

}  // namespace mp::firmware

#endif  // MP_PLATFORMS_FIRMWARE_MODULES_H_
