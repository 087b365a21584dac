#include "hal/testing/cpu.h"

#include "hal/cpu.h"
#include "hal/testing/time.h"

namespace mp::hal {
namespace {

uint32_t frequency_hz = testing::kFakeStartCpuHz;
void (*idle_hook)() = nullptr;
uint64_t idle_count = 0;
// As PRIMASK on a Cortex-M: 1 while interrupts are masked.
uint32_t interrupts_masked = 0;

}  // namespace

uint32_t CpuFrequencyHz() { return frequency_hz; }

bool SetCpuFrequencyHz(uint32_t hz) {
  if (hz < testing::kFakeMinCpuHz || hz > testing::kFakeMaxCpuHz) return false;
  frequency_hz = hz;
  return true;
}

void Idle() {
  ++idle_count;
  testing::AdvanceFakeClockUs(1000);
  if (idle_hook != nullptr) idle_hook();
}

uint32_t DisableInterrupts() {
  uint32_t state = interrupts_masked;
  interrupts_masked = 1;
  return state;
}

void RestoreInterrupts(uint32_t state) { interrupts_masked = state; }

namespace testing {

void SetIdleHook(void (*hook)()) { idle_hook = hook; }
uint64_t IdleCount() { return idle_count; }
bool InterruptsDisabled() { return interrupts_masked != 0; }

void ResetFakeCpu() {
  frequency_hz = kFakeStartCpuHz;
  idle_hook = nullptr;
  interrupts_masked = 0;
}

}  // namespace testing
}  // namespace mp::hal
