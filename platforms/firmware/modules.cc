#include "platforms/firmware/modules.h"

namespace mp::firmware {

// machine, time and os join here as //modules provides them.
const vm::ProgramModule kModules[] = {
    {objects::q::sys, nullptr},
};
const size_t kModuleCount = 0;

}  // namespace mp::firmware
