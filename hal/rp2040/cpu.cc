// Sleeping and interrupt masking on the Cortex-M0+ (core 0).
#include "hal/cpu.h"

namespace mp::hal {

void Idle() {
  // SysTick wakes the core every millisecond, so this returns within one.
  asm volatile("wfi" ::: "memory");
}

uint32_t DisableInterrupts() {
  uint32_t primask;
  asm volatile(
      "mrs %0, primask\n"
      "cpsid i"
      : "=r"(primask)::"memory");
  return primask;
}

void RestoreInterrupts(uint32_t state) {
  asm volatile("msr primask, %0" ::"r"(state) : "memory");
}

}  // namespace mp::hal
