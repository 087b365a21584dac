// The parts of the cpu facade (hal/cpu.h) that are the same on every
// Cortex-M core: sleeping until an interrupt, and PRIMASK.
#include "hal/cpu.h"

namespace mp::hal {

// The board's tick interrupt wakes the core at least once a millisecond.
void Idle() { asm volatile("wfi" ::: "memory"); }

uint32_t DisableInterrupts() {
  uint32_t primask;
  asm volatile("mrs %0, primask\n\tcpsid i" : "=r"(primask)::"memory");
  return primask;
}

void RestoreInterrupts(uint32_t state) {
  asm volatile("msr primask, %0" ::"r"(state) : "memory");
}

}  // namespace mp::hal
