// The STM32F405's clock tree as numbers: what to write into RCC_PLLCFGR and
// RCC_CFGR for 168 MHz, and which frequencies the values read back select.
// Pure functions, so that the host tests them.
#ifndef MP_HAL_STM32_CLOCK_TREE_H_
#define MP_HAL_STM32_CLOCK_TREE_H_

#include <stdint.h>

namespace mp::hal::stm32 {

// The board's crystal (HSE). The Netduino Plus 2 has a 25 MHz one (the pyboard
// a 12 MHz one); everything below follows from this constant.
constexpr uint32_t kHseHz = 25'000'000;
// The internal RC oscillator the chip starts on.
constexpr uint32_t kHsiHz = 16'000'000;
// The fastest SYSCLK the chip runs at (RM0090 6.3.2 with scale 1).
constexpr uint32_t kPllSysclkHz = 168'000'000;

struct ClockTree {
  uint32_t sysclk_hz;
  uint32_t hclk_hz;   // the core, SysTick, AHB
  uint32_t pclk1_hz;  // APB1: USART2..UART5 (42 MHz at most)
  uint32_t pclk2_hz;  // APB2: USART1, USART6 (84 MHz at most)
};

// RCC_PLLCFGR for kPllSysclkHz from the crystal: a 1 MHz VCO input (M), a
// 336 MHz VCO (N), SYSCLK = VCO / 2 (P) and 48 MHz for USB = VCO / 7 (Q).
uint32_t PllConfig();
// The bits of RCC_PLLCFGR that PllConfig sets; the others are reserved and
// keep their reset value.
constexpr uint32_t kPllConfigFields = 0x0F437FFF;
// RCC_CFGR's prescalers for the PLL: AHB /1, APB1 /4, APB2 /2.
uint32_t PllPrescalers();
// The frequencies that RCC_CFGR and RCC_PLLCFGR select.
ClockTree DecodeClockTree(uint32_t cfgr, uint32_t pllcfgr);

}  // namespace mp::hal::stm32

#endif  // MP_HAL_STM32_CLOCK_TREE_H_
