// Faults: reading an address that may have no memory behind it, and the
// handlers that report a crash on the console and reset the board.
#ifndef MP_HAL_STM32_FAULT_H_
#define MP_HAL_STM32_FAULT_H_

#include <stdint.h>

namespace mp::hal::stm32 {

// Reads the word at `address` into `value`; false (the bus answered with an
// error, and the fault handler skipped the load) when nothing is there.
bool ProbeRead(uintptr_t address, uint32_t* value);

// Writes `what` and the faulting state to the console, then resets.
[[noreturn]] void Crash(const char* what, const uint32_t* frame);

}  // namespace mp::hal::stm32

#endif  // MP_HAL_STM32_FAULT_H_
