// The clocks the chip runs on: set up once at start-up (the PLL at 168 MHz
// from the crystal, or the 16 MHz internal oscillator when the crystal or the
// PLL does not start) and changed by machine.freq().
#ifndef MP_HAL_STM32_CLOCKS_H_
#define MP_HAL_STM32_CLOCKS_H_

#include <stdint.h>

#include "hal/stm32/clock_tree.h"

namespace mp::hal::stm32 {

void StartClocks();
// The frequencies in effect, as the RCC reports them.
const ClockTree& Clocks();
// Runs SYSCLK at `hz` (kPllSysclkHz or kHsiHz); false when the chip could
// not, with the clocks as they were. The caller retimes SysTick and the
// USARTs.
bool SwitchSysclk(uint32_t hz);

}  // namespace mp::hal::stm32

#endif  // MP_HAL_STM32_CLOCKS_H_
