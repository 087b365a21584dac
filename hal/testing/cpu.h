// The test backend's processor: hal::Idle advances the fake clock (see
// time.h) by a millisecond and calls a hook the test may set (to request a
// KeyboardInterrupt, say); the frequency is 125 MHz and may be set anywhere
// from kFakeMinCpuHz to kFakeMaxCpuHz; masking interrupts is counted.
#ifndef MP_HAL_TESTING_CPU_H_
#define MP_HAL_TESTING_CPU_H_

#include <stdint.h>

namespace mp::hal::testing {

inline constexpr uint32_t kFakeStartCpuHz = 125'000'000;
inline constexpr uint32_t kFakeMinCpuHz = 10'000'000;
inline constexpr uint32_t kFakeMaxCpuHz = 250'000'000;

// Called by every hal::Idle after the clock moved; null for none.
void SetIdleHook(void (*hook)());
// How many times hal::Idle ran.
uint64_t IdleCount();
// Whether interrupts are masked now.
bool InterruptsDisabled();
// The frequency back to kFakeStartCpuHz, interrupts unmasked, no hook.
void ResetFakeCpu();

}  // namespace mp::hal::testing

#endif  // MP_HAL_TESTING_CPU_H_
