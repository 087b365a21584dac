// The machine module: the board's pins, serial ports, memory and processor,
// as MicroPython's machine gives them (Pin, UART, mem8/mem16/mem32, freq,
// reset, soft_reset, unique_id, idle, disable_irq, enable_irq).
#ifndef MP_MODULES_MACHINE_MACHINE_MODULE_H_
#define MP_MODULES_MACHINE_MACHINE_MODULE_H_

#include "objects/value.h"

namespace mp::modules {

objects::Value MakeMachineModule();

}  // namespace mp::modules

#endif  // MP_MODULES_MACHINE_MACHINE_MODULE_H_
