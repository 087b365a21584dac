// The Cortex-M4 core's own peripherals: the system control block, SysTick and
// the NVIC (ARMv7-M architecture reference manual, B3).
#ifndef MP_HAL_STM32_CORTEX_M_H_
#define MP_HAL_STM32_CORTEX_M_H_

#include <stdint.h>

namespace mp::hal::stm32::scb {

constexpr uintptr_t kIcsr = 0xE000ED04;
constexpr uint32_t kIcsrPendSysTickSet = 1u << 26;
constexpr uintptr_t kAircr = 0xE000ED0C;
constexpr uint32_t kAircrSysResetRequest = 0x05FA0004;  // VECTKEY | SYSRESETREQ
constexpr uint32_t kAircrPriorityGroup = 7u << 8;
constexpr uintptr_t kCfsr = 0xE000ED28;
constexpr uint32_t kCfsrMemStackingError = 1u << 4;
constexpr uint32_t kCfsrPreciseBusError = 1u << 9;
constexpr uint32_t kCfsrBusStackingError = 1u << 12;
constexpr uintptr_t kHfsr = 0xE000ED2C;
constexpr uintptr_t kCpacr = 0xE000ED88;
constexpr uint32_t kCpacrFullAccessCp10Cp11 = 0xFu << 20;

}  // namespace mp::hal::stm32::scb

namespace mp::hal::stm32::systick {

constexpr uintptr_t kCsr = 0xE000E010;
constexpr uint32_t kCsrEnable = 1u << 0;
constexpr uint32_t kCsrTickInterrupt = 1u << 1;
constexpr uint32_t kCsrProcessorClock = 1u << 2;
constexpr uintptr_t kRvr = 0xE000E014;
constexpr uintptr_t kCvr = 0xE000E018;
// TENMS (bits 23:0): the reload value for 10 ms of the reference clock, which
// the STM32F4 feeds with HCLK / 8.
constexpr uintptr_t kCalib = 0xE000E01C;
constexpr uint32_t kCalibNoReference = 1u << 31;
constexpr uint32_t kCalibTenMsMask = 0x00FFFFFF;

}  // namespace mp::hal::stm32::systick

namespace mp::hal::stm32::nvic {

// IRQ numbers of the STM32F405 (RM0090, table 61).
enum Irq : int {
  kUsart1 = 37,
  kUsart2 = 38,
  kUsart3 = 39,
  kUart4 = 52,
  kUart5 = 53,
  kUsart6 = 71,
};
constexpr int kIrqCount = 82;

void EnableIrq(int irq);
void DisableIrq(int irq);

}  // namespace mp::hal::stm32::nvic

#endif  // MP_HAL_STM32_CORTEX_M_H_
