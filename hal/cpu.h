// The processor: its clock, sleeping until the next interrupt, and masking
// interrupts (machine.freq, idle, disable_irq and enable_irq).
#ifndef MP_HAL_CPU_H_
#define MP_HAL_CPU_H_

#include <stdint.h>

namespace mp::hal {

// The core's clock in Hz (0 where it is not known, as on the host).
uint32_t CpuFrequencyHz();
// Sets the core's clock; false when the board cannot run at `hz` (then the
// clock is unchanged).
bool SetCpuFrequencyHz(uint32_t hz);

// Waits with the core idle until an interrupt; returns within a millisecond,
// since a tick interrupt wakes the core at least that often. Sleeping is a
// loop around this that also checks for Ctrl-C.
void Idle();

// Masks interrupts and returns the state to give back to RestoreInterrupts,
// which unmasks them only if they were unmasked before.
uint32_t DisableInterrupts();
void RestoreInterrupts(uint32_t state);

}  // namespace mp::hal

#endif  // MP_HAL_CPU_H_
