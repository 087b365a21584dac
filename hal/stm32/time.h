// SysTick as the 1 kHz tick (hal/time.h), set up by the board.
#ifndef MP_HAL_STM32_TIME_H_
#define MP_HAL_STM32_TIME_H_

#include <stdint.h>

namespace mp::hal::stm32 {

// Ticks every millisecond of a core clocked at `hclk_hz`; again after the
// clock changes (the millisecond count goes on).
void StartSysTick(uint32_t hclk_hz);

}  // namespace mp::hal::stm32

#endif  // MP_HAL_STM32_TIME_H_
