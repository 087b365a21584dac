// Time (hal/time.h) from SysTick: an interrupt every millisecond counts the
// milliseconds, and the counter's current value gives the microseconds in
// between.
#include "hal/time.h"

#include "hal/cpu.h"
#include "hal/stm32/cortex_m.h"
#include "hal/stm32/interrupts.h"
#include "hal/stm32/mmio.h"
#include "hal/stm32/time.h"

namespace mp::hal {
namespace {

using stm32::Reg;

constinit volatile uint32_t milliseconds = 0;
// SysTick counts down from cycles_per_ms - 1 to 0, once per millisecond.
constinit uint32_t cycles_per_ms = 16'000;
constinit uint32_t cycles_per_us = 16;

}  // namespace

uint32_t TicksMs() { return milliseconds; }

uint32_t TicksUs() {
  uint32_t state = DisableInterrupts();
  uint32_t ms = milliseconds;
  uint32_t count = Reg(stm32::systick::kCvr);
  // The counter wrapped but its interrupt has not run yet (it waits for this
  // function, or for a routine that runs at its priority or above): the
  // millisecond has passed, and a second read gives the count after the
  // wrap.
  if ((Reg(stm32::scb::kIcsr) & stm32::scb::kIcsrPendSysTickSet) != 0) {
    count = Reg(stm32::systick::kCvr);
    ++ms;
  }
  RestoreInterrupts(state);
  return ms * 1000 + (cycles_per_ms - 1 - count) / cycles_per_us;
}

// Counts the cycles SysTick goes through, not the tick interrupts, so that
// it also works with interrupts masked.
void DelayUs(uint32_t us) {
  uint64_t remaining = static_cast<uint64_t>(us) * cycles_per_us;
  uint32_t last = Reg(stm32::systick::kCvr);
  while (remaining > 0) {
    uint32_t now = Reg(stm32::systick::kCvr);
    uint32_t elapsed = last >= now ? last - now : last + cycles_per_ms - now;
    last = now;
    if (elapsed >= remaining) break;
    remaining -= elapsed;
  }
}

namespace stm32 {

void StartSysTick(uint32_t hclk_hz) {
  cycles_per_ms = hclk_hz / 1000;
  cycles_per_us = hclk_hz / 1'000'000;
  Reg(systick::kCsr) = 0;
  Reg(systick::kRvr) = cycles_per_ms - 1;
  Reg(systick::kCvr) = 0;
  Reg(systick::kCsr) = systick::kCsrEnable | systick::kCsrTickInterrupt |
                       systick::kCsrProcessorClock;
}

}  // namespace stm32
}  // namespace mp::hal

extern "C" void SysTickHandler() {
  mp::hal::milliseconds = mp::hal::milliseconds + 1;
}
