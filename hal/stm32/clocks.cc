// The clock sequence of RM0090 section 6: the crystal (HSE), the PLL, flash
// wait states, the bus prescalers, then the switch of SYSCLK, each step
// waited for with a timeout so that a board without a working crystal (or an
// emulator without an RCC) keeps running on the internal 16 MHz oscillator.
#include "hal/stm32/clocks.h"

#include "hal/stm32/cortex_m.h"
#include "hal/stm32/mmio.h"
#include "hal/stm32/rcc.h"

namespace mp::hal::stm32 {
namespace {

// Polls of a register while SYSCLK is the 16 MHz HSI, each 6 to 8 cycles:
// 150 to 200 ms for the crystal (ST allows 100 ms) and a tenth of that for
// the PLL to lock or the switch to happen (both take well under 1 ms).
constexpr uint32_t kHseStartPolls = 400'000;
constexpr uint32_t kPllLockPolls = 40'000;

constexpr uint32_t kFlashWaitStatesAt168MHz = 5;  // RM0090 table 10, 2.7-3.6 V
constexpr uint32_t kFlashWaitStatesAt16MHz = 0;

constinit ClockTree clocks = {kHsiHz, kHsiHz, kHsiHz, kHsiHz};

bool WaitForBits(uintptr_t address, uint32_t mask, uint32_t value,
                 uint32_t polls) {
  for (uint32_t i = 0; i < polls; ++i) {
    if ((Reg(address) & mask) == value) return true;
  }
  return false;
}

bool SelectSysclk(uint32_t source) {
  ModifyRegister(rcc::kCfgr, rcc::kCfgrSwMask, source);
  return WaitForBits(rcc::kCfgr, rcc::kCfgrSwsMask,
                     source << rcc::kCfgrSwsShift, kPllLockPolls);
}

void SetFlashWaitStates(uint32_t wait_states) {
  Reg(flash::kAcr) = wait_states | flash::kAcrPrefetch |
                     flash::kAcrInstructionCache | flash::kAcrDataCache;
}

// Back to the state after reset: SYSCLK from HSI, PLL and crystal off.
void UseHsi() {
  SelectSysclk(rcc::kSourceHsi);
  ModifyRegister(rcc::kCr, rcc::kCrPllOn | rcc::kCrHseOn, 0);
  Reg(rcc::kCfgr) &= rcc::kCfgrSwMask | rcc::kCfgrSwsMask;
  SetFlashWaitStates(kFlashWaitStatesAt16MHz);
}

// From HSI to the PLL on the crystal; false (and back on HSI) if a step
// does not complete.
bool UsePll() {
  rcc::EnableClock(rcc::kApb1Enr, rcc::kApb1EnrPwr);
  Reg(pwr::kCr) |= pwr::kCrVoltageScale1;
  Reg(rcc::kCr) |= rcc::kCrHseOn;
  if (!WaitForBits(rcc::kCr, rcc::kCrHseReady, rcc::kCrHseReady,
                   kHseStartPolls)) {
    UseHsi();
    return false;
  }
  // The PLL is off here (SYSCLK is HSI), so its configuration may change.
  Reg(rcc::kPllCfgr) = (Reg(rcc::kPllCfgr) & ~kPllConfigFields) | PllConfig();
  Reg(rcc::kCr) |= rcc::kCrPllOn;
  if (!WaitForBits(rcc::kCr, rcc::kCrPllReady, rcc::kCrPllReady,
                   kPllLockPolls)) {
    UseHsi();
    return false;
  }
  // Flash reads need their wait states before the clock gets faster, and
  // the new latency must show in FLASH_ACR before it counts (RM0090 3.5.1).
  SetFlashWaitStates(kFlashWaitStatesAt168MHz);
  if ((Reg(flash::kAcr) & flash::kAcrLatencyMask) != kFlashWaitStatesAt168MHz) {
    UseHsi();
    return false;
  }
  Reg(rcc::kCfgr) = (Reg(rcc::kCfgr) & rcc::kCfgrSwMask) | PllPrescalers();
  if (!SelectSysclk(rcc::kSourcePll)) {
    UseHsi();
    return false;
  }
  return true;
}

// What the RCC says the clocks are. An RCC that reads as all zeros (HSI off
// and not ready, while the core evidently runs) is no RCC: QEMU 7.2 models
// none for this chip, yet clocks the core and SysTick at its machine's own
// SYSCLK. The only trace of that clock is SysTick's calibration value, the
// count of the HCLK / 8 reference in 10 ms.
void ReadClocks() {
  clocks = DecodeClockTree(Reg(rcc::kCfgr), Reg(rcc::kPllCfgr));
  if ((Reg(rcc::kCr) & (rcc::kCrHsiOn | rcc::kCrHsiReady)) != 0) return;
  uint32_t calibration = Reg(systick::kCalib);
  uint32_t ten_ms = calibration & systick::kCalibTenMsMask;
  if ((calibration & systick::kCalibNoReference) != 0 || ten_ms == 0) return;
  uint32_t hclk = (ten_ms + 1) * 100 * 8;
  clocks = ClockTree{hclk, hclk, hclk, hclk};
}

}  // namespace

void StartClocks() {
  UsePll();
  ReadClocks();
}

const ClockTree& Clocks() { return clocks; }

bool SwitchSysclk(uint32_t hz) {
  if (hz == clocks.sysclk_hz) return true;
  if (hz != kPllSysclkHz && hz != kHsiHz) return false;
  // Both ways go through HSI: the PLL may only be set up while it is off.
  UseHsi();
  if (hz == kPllSysclkHz) UsePll();
  ReadClocks();
  return clocks.sysclk_hz == hz;
}

namespace rcc {

void EnableClock(uintptr_t enable_register, uint32_t bit) {
  ModifyRegister(enable_register, 0, bit);
  [[maybe_unused]] uint32_t settled = Reg(enable_register);
}

void DisableClock(uintptr_t enable_register, uint32_t bit) {
  ModifyRegister(enable_register, bit, 0);
}

}  // namespace rcc
}  // namespace mp::hal::stm32
