// Memory-mapped registers of the STM32F4 and its Cortex-M4 core, addressed as
// RM0090 (the STM32F405 reference manual) and the ARMv7-M manual give them.
#ifndef MP_HAL_STM32_MMIO_H_
#define MP_HAL_STM32_MMIO_H_

#include <stdint.h>

namespace mp::hal::stm32 {

inline volatile uint32_t& Reg(uintptr_t address) {
  return *reinterpret_cast<volatile uint32_t*>(address);
}

// Sets and clears bits of a register that an interrupt routine may also
// change, with interrupts masked.
void ModifyRegister(uintptr_t address, uint32_t clear, uint32_t set);

}  // namespace mp::hal::stm32

#endif  // MP_HAL_STM32_MMIO_H_
