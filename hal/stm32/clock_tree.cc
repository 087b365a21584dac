#include "hal/stm32/clock_tree.h"

namespace mp::hal::stm32 {
namespace {

constexpr uint32_t kPllVcoInputHz = 1'000'000;
constexpr uint32_t kPllM = kHseHz / kPllVcoInputHz;
constexpr uint32_t kPllN = 336;
constexpr uint32_t kPllP = 2;
constexpr uint32_t kPllQ = 7;
static_assert(kHseHz % kPllVcoInputHz == 0 && kPllM >= 2 && kPllM <= 63);
static_assert(kPllVcoInputHz * kPllN / kPllP == kPllSysclkHz);
static_assert(kPllVcoInputHz * kPllN / kPllQ == 48'000'000);

// RCC_PLLCFGR fields.
constexpr uint32_t kPllMShift = 0;
constexpr uint32_t kPllNShift = 6;
constexpr uint32_t kPllPShift = 16;  // 0: /2, 1: /4, 2: /6, 3: /8
constexpr uint32_t kPllSourceHse = 1u << 22;
constexpr uint32_t kPllQShift = 24;

// RCC_CFGR fields.
constexpr uint32_t kSwsShift = 2;
constexpr uint32_t kHpreShift = 4;
constexpr uint32_t kPpre1Shift = 10;
constexpr uint32_t kPpre2Shift = 13;
constexpr uint32_t kPpreDiv2 = 4;
constexpr uint32_t kPpreDiv4 = 5;

uint32_t AhbDivisor(uint32_t hpre) {
  if ((hpre & 8) == 0) return 1;
  // 8..11 divide by 2..16; 12..15 by 64..512 (there is no /32).
  uint32_t shift = (hpre & 7) + 1;
  return 1u << (shift >= 5 ? shift + 1 : shift);
}

uint32_t ApbDivisor(uint32_t ppre) {
  return (ppre & 4) == 0 ? 1 : 1u << ((ppre & 3) + 1);
}

uint32_t PllOutputHz(uint32_t pllcfgr) {
  uint32_t source = (pllcfgr & kPllSourceHse) != 0 ? kHseHz : kHsiHz;
  uint32_t m = (pllcfgr >> kPllMShift) & 0x3F;
  uint32_t n = (pllcfgr >> kPllNShift) & 0x1FF;
  uint32_t p = 2 * (((pllcfgr >> kPllPShift) & 3) + 1);
  if (m == 0) return 0;
  return static_cast<uint32_t>(static_cast<uint64_t>(source) * n / (m * p));
}

}  // namespace

uint32_t PllConfig() {
  return kPllM << kPllMShift | kPllN << kPllNShift |
         (kPllP / 2 - 1) << kPllPShift | kPllSourceHse | kPllQ << kPllQShift;
}

uint32_t PllPrescalers() {
  return 0u << kHpreShift | kPpreDiv4 << kPpre1Shift | kPpreDiv2 << kPpre2Shift;
}

ClockTree DecodeClockTree(uint32_t cfgr, uint32_t pllcfgr) {
  uint32_t sysclk;
  switch ((cfgr >> kSwsShift) & 3) {
    case 1:
      sysclk = kHseHz;
      break;
    case 2:
      sysclk = PllOutputHz(pllcfgr);
      break;
    default:
      sysclk = kHsiHz;
      break;
  }
  uint32_t hclk = sysclk / AhbDivisor((cfgr >> kHpreShift) & 0xF);
  return ClockTree{
      .sysclk_hz = sysclk,
      .hclk_hz = hclk,
      .pclk1_hz = hclk / ApbDivisor((cfgr >> kPpre1Shift) & 7),
      .pclk2_hz = hclk / ApbDivisor((cfgr >> kPpre2Shift) & 7),
  };
}

}  // namespace mp::hal::stm32
