// Time: TIMER's free-running microsecond counter, and SysTick at 1 kHz, which
// counts milliseconds and wakes Idle() (WFI) at least once a millisecond.
#include "hal/time.h"

#include "hal/cpu.h"
#include "hal/rp2040/internal.h"
#include "hal/rp2040/registers.h"

namespace mp::hal {
namespace {

constexpr uint32_t kSysTickEnable = 1u << 0;
constexpr uint32_t kSysTickInterrupt = 1u << 1;
constexpr uint32_t kSysTickProcessorClock = 1u << 2;
// Used while clk_sys is unknown (the crystal did not start).
constexpr uint32_t kFallbackCpuHz = 6'500'000;

volatile uint32_t g_ticks_ms = 0;

}  // namespace

namespace rp2040 {

void TimeInit() {
  Unreset(kResetTimer);
  uint32_t hz = CpuFrequencyHz();
  if (hz == 0) hz = kFallbackCpuHz;
  Reg(kSysTickRvr) = hz / 1000 - 1;
  Reg(kSysTickCvr) = 0;
  Reg(kSysTickCsr) =
      kSysTickEnable | kSysTickInterrupt | kSysTickProcessorClock;
}

}  // namespace rp2040

uint32_t TicksMs() { return g_ticks_ms; }

uint32_t TicksUs() { return rp2040::Reg(rp2040::kTimerRawLow); }

void DelayUs(uint32_t us) {
  uint32_t start = TicksUs();
  while (TicksUs() - start < us) {
  }
}

}  // namespace mp::hal

extern "C" void SysTickHandler() {
  mp::hal::g_ticks_ms = mp::hal::g_ticks_ms + 1;
}
