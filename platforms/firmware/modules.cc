#include "platforms/firmware/modules.h"

#include "modules/machine/machine_module.h"
#include "modules/os/os_module.h"
#include "modules/time/time_module.h"

namespace mp::firmware {

const vm::ProgramModule kModules[] = {
    {objects::q::machine, &modules::MakeMachineModule},
    {objects::q::os, &modules::MakeOsModule},
    {objects::q::time, &modules::MakeTimeModule},
};
const size_t kModuleCount = sizeof(kModules) / sizeof(kModules[0]);

}  // namespace mp::firmware
