// The clock tree (RP2040 datasheet, section 2.15-2.18): the 12 MHz crystal,
// PLL_SYS at 125 MHz for clk_sys (and clk_peri, the UARTs' clock), PLL_USB at
// 48 MHz for clk_usb, and the watchdog's tick at 1 MHz, which TIMER counts.
//
// Every wait on a status bit is bounded (WaitForBits): rp2040js reports the
// crystal stable and the PLLs locked at once, but a part that never answers
// must not hang the boot. If the crystal does not start, clk_sys stays on the
// ring oscillator and CpuFrequencyHz() says 0 (unknown).
#include "hal/cpu.h"
#include "hal/rp2040/internal.h"
#include "hal/rp2040/registers.h"

namespace mp::hal {
namespace rp2040 {
namespace {

constexpr uint32_t kCrystalHz = 12'000'000;
// The ring oscillator's nominal frequency; it varies between parts.
constexpr uint32_t kRingOscillatorHz = 6'500'000;

constexpr uintptr_t kXoscBase = 0x40024000;
constexpr uintptr_t kXoscCtrl = kXoscBase + 0x00;
constexpr uintptr_t kXoscStatus = kXoscBase + 0x04;
constexpr uintptr_t kXoscStartup = kXoscBase + 0x0c;
constexpr uint32_t kXoscFreqRange1To15MHz = 0xaa0;
constexpr uint32_t kXoscEnable = 0xfab << 12;
constexpr uint32_t kXoscStable = 1u << 31;

constexpr uintptr_t kPllSysBase = 0x40028000;
constexpr uintptr_t kPllUsbBase = 0x4002c000;
constexpr uintptr_t kPllCs = 0x0;
constexpr uintptr_t kPllPwr = 0x4;
constexpr uintptr_t kPllFbdiv = 0x8;
constexpr uintptr_t kPllPrim = 0xc;
constexpr uint32_t kPllLock = 1u << 31;
constexpr uint32_t kPllPowerDown = 1u << 0;
constexpr uint32_t kPllPostDividerPowerDown = 1u << 3;
constexpr uint32_t kPllVcoPowerDown = 1u << 5;

constexpr uintptr_t kClocksBase = 0x40008000;
constexpr uintptr_t kClkRefCtrl = kClocksBase + 0x30;
constexpr uintptr_t kClkRefDiv = kClocksBase + 0x34;
constexpr uintptr_t kClkRefSelected = kClocksBase + 0x38;
constexpr uintptr_t kClkSysCtrl = kClocksBase + 0x3c;
constexpr uintptr_t kClkSysDiv = kClocksBase + 0x40;
constexpr uintptr_t kClkSysSelected = kClocksBase + 0x44;
constexpr uintptr_t kClkPeriCtrl = kClocksBase + 0x48;
constexpr uintptr_t kClkUsbCtrl = kClocksBase + 0x54;
constexpr uintptr_t kClkUsbDiv = kClocksBase + 0x58;
constexpr uintptr_t kClkSysResusCtrl = kClocksBase + 0x78;

// CLK_REF_CTRL.SRC: 0 ring oscillator, 2 crystal. CLK_SYS_CTRL.SRC: 0
// clk_ref, 1 the aux mux, whose AUXSRC (bits 7:5) 0 is PLL_SYS. The
// SELECTED registers have a one-hot bit per SRC value.
constexpr uint32_t kRefSrcMask = 0x3;
constexpr uint32_t kRefSrcRosc = 0;
constexpr uint32_t kRefSrcXosc = 2;
constexpr uint32_t kSysSrcAux = 1;
constexpr uint32_t kClockEnable = 1u << 11;
constexpr uint32_t kDivideByOne = 1u << 8;
// The aux sources of clk_peri and clk_usb used here: clk_sys and PLL_USB.
constexpr uint32_t kPeriAuxSrcClkSys = 0 << 5;
constexpr uint32_t kUsbAuxSrcPllUsb = 0 << 5;

constexpr uint32_t kWatchdogTickEnable = 1u << 9;

// 125 MHz: VCO = 12 MHz * 125 = 1500 MHz (within 750-1600), / 6 / 2.
// 48 MHz: VCO = 12 MHz * 100 = 1200 MHz, / 5 / 5.
struct PllSetting {
  uint32_t feedback_divider;
  uint32_t post_divider1;
  uint32_t post_divider2;
};
constexpr PllSetting kPllSys125MHz = {125, 6, 2};
constexpr PllSetting kPllUsb48MHz = {100, 5, 5};
constexpr uint32_t kSysHz = 125'000'000;

uint32_t g_sys_hz = 0;
uint32_t g_peri_hz = kRingOscillatorHz;

bool StartCrystal() {
  Reg(kXoscCtrl) = kXoscFreqRange1To15MHz;
  // STARTUP.DELAY counts 256 crystal cycles: about 1 ms.
  Reg(kXoscStartup) = (kCrystalHz / 1000 + 255) / 256;
  RegSet(kXoscCtrl, kXoscEnable);
  return WaitForBits(kXoscStatus, kXoscStable, kXoscStable);
}

bool StartPll(uintptr_t base, uint32_t reset_bit, const PllSetting& setting) {
  if (!ResetAndUnreset(reset_bit)) return false;
  Reg(base + kPllCs) = 1;  // REFDIV: the crystal undivided
  Reg(base + kPllFbdiv) = setting.feedback_divider;
  RegClear(base + kPllPwr, kPllPowerDown | kPllVcoPowerDown);
  if (!WaitForBits(base + kPllCs, kPllLock, kPllLock)) return false;
  Reg(base + kPllPrim) =
      (setting.post_divider1 << 16) | (setting.post_divider2 << 12);
  RegClear(base + kPllPwr, kPllPostDividerPowerDown);
  return true;
}

// The clocks with only an aux mux must be stopped while it changes, and stay
// stopped for a few cycles of the slower clock so the change cannot glitch.
void SwitchAuxOnlyClock(uintptr_t ctrl, uint32_t aux_source) {
  RegClear(ctrl, kClockEnable);
  for (int i = 0; i < 64; ++i) asm volatile("nop");
  Reg(ctrl) = aux_source;
  RegSet(ctrl, kClockEnable);
}

}  // namespace

void ClocksInit() {
  Reg(kClkSysResusCtrl) = 0;
  if (!StartCrystal()) {
    // The UARTs still need clk_peri, at whatever the ring oscillator runs.
    g_sys_hz = 0;
    SwitchAuxOnlyClock(kClkPeriCtrl, kPeriAuxSrcClkSys);
    g_peri_hz = kRingOscillatorHz;
    Reg(kWatchdogTick) = kWatchdogTickEnable | (kRingOscillatorHz / 1'000'000);
    return;
  }
  // clk_sys and clk_ref onto their glitchless sources before the PLLs they
  // may run from are reset.
  RegClear(kClkSysCtrl, kSysSrcAux);
  WaitForBits(kClkSysSelected, 0x3, 1u << 0);
  Reg(kClkRefCtrl) = (Reg(kClkRefCtrl) & ~kRefSrcMask) | kRefSrcRosc;
  WaitForBits(kClkRefSelected, 0xf, 1u << kRefSrcRosc);

  bool sys_pll = StartPll(kPllSysBase, kResetPllSys, kPllSys125MHz);
  bool usb_pll = StartPll(kPllUsbBase, kResetPllUsb, kPllUsb48MHz);

  Reg(kClkRefDiv) = kDivideByOne;
  Reg(kClkRefCtrl) = kRefSrcXosc;
  WaitForBits(kClkRefSelected, 0xf, 1u << kRefSrcXosc);

  Reg(kClkSysDiv) = kDivideByOne;
  if (sys_pll) {
    // The aux mux changes only while the glitchless mux is on clk_ref.
    Reg(kClkSysCtrl) = 0;  // SRC clk_ref, AUXSRC PLL_SYS
    RegSet(kClkSysCtrl, kSysSrcAux);
    WaitForBits(kClkSysSelected, 0x3, 1u << kSysSrcAux);
    g_sys_hz = kSysHz;
  } else {
    g_sys_hz = kCrystalHz;
  }
  if (usb_pll) {
    Reg(kClkUsbDiv) = kDivideByOne;
    SwitchAuxOnlyClock(kClkUsbCtrl, kUsbAuxSrcPllUsb);
  }
  SwitchAuxOnlyClock(kClkPeriCtrl, kPeriAuxSrcClkSys);
  g_peri_hz = g_sys_hz;

  // The tick generator divides clk_ref (the crystal) down to 1 MHz.
  Reg(kWatchdogTick) = kWatchdogTickEnable | (kCrystalHz / 1'000'000);
}

uint32_t PeripheralClockHz() { return g_peri_hz; }

}  // namespace rp2040

uint32_t CpuFrequencyHz() { return rp2040::g_sys_hz; }

bool SetCpuFrequencyHz(uint32_t hz) {
  // Only the frequency ClocksInit sets; others would need new PLL settings
  // and the UART and SysTick dividers recomputed.
  return hz != 0 && hz == rp2040::g_sys_hz;
}

}  // namespace mp::hal
