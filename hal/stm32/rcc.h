// Reset and clock control, the power controller's regulator scale and the
// flash interface's wait states (RM0090 sections 3, 5 and 7).
#ifndef MP_HAL_STM32_RCC_H_
#define MP_HAL_STM32_RCC_H_

#include <stdint.h>

namespace mp::hal::stm32::rcc {

constexpr uintptr_t kBase = 0x40023800;
constexpr uintptr_t kCr = kBase + 0x00;
constexpr uint32_t kCrHsiOn = 1u << 0;
constexpr uint32_t kCrHsiReady = 1u << 1;
constexpr uint32_t kCrHseOn = 1u << 16;
constexpr uint32_t kCrHseReady = 1u << 17;
constexpr uint32_t kCrPllOn = 1u << 24;
constexpr uint32_t kCrPllReady = 1u << 25;

constexpr uintptr_t kPllCfgr = kBase + 0x04;
constexpr uintptr_t kCfgr = kBase + 0x08;
constexpr uint32_t kCfgrSwMask = 3u << 0;
constexpr uint32_t kCfgrSwsShift = 2;
constexpr uint32_t kCfgrSwsMask = 3u << kCfgrSwsShift;
// SW and SWS values.
constexpr uint32_t kSourceHsi = 0;
constexpr uint32_t kSourceHse = 1;
constexpr uint32_t kSourcePll = 2;

constexpr uintptr_t kAhb1Enr = kBase + 0x30;
constexpr uintptr_t kApb1Enr = kBase + 0x40;
constexpr uint32_t kApb1EnrPwr = 1u << 28;
constexpr uintptr_t kApb2Enr = kBase + 0x44;

// Turns on a peripheral's clock in an ...ENR register; the read-back gives the
// two cycles RM0090 asks for before the peripheral's registers are used.
void EnableClock(uintptr_t enable_register, uint32_t bit);
void DisableClock(uintptr_t enable_register, uint32_t bit);

}  // namespace mp::hal::stm32::rcc

namespace mp::hal::stm32::pwr {

constexpr uintptr_t kCr = 0x40007000;
constexpr uint32_t kCrVoltageScale1 = 1u << 14;

}  // namespace mp::hal::stm32::pwr

namespace mp::hal::stm32::flash {

constexpr uintptr_t kAcr = 0x40023C00;
constexpr uint32_t kAcrLatencyMask = 7u << 0;
constexpr uint32_t kAcrPrefetch = 1u << 8;
constexpr uint32_t kAcrInstructionCache = 1u << 9;
constexpr uint32_t kAcrDataCache = 1u << 10;

}  // namespace mp::hal::stm32::flash

#endif  // MP_HAL_STM32_RCC_H_
