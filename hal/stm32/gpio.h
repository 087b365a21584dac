// GPIO ports A..I (RM0090 section 8) for the other peripherals' pins; the
// facade's pin functions (hal/pin.h) are in pins.cc beside these.
#ifndef MP_HAL_STM32_GPIO_H_
#define MP_HAL_STM32_GPIO_H_

#include <stdint.h>

#include "hal/pin.h"

namespace mp::hal::stm32 {

// Hands the pin to a peripheral: alternate function `function` (0..15, the
// datasheet's AFn column), push-pull, fast edges.
void GpioSetAlternate(int pin, int function, PinPull pull);
// Gives the pin back as a floating input, its state at reset.
void GpioRelease(int pin);

}  // namespace mp::hal::stm32

#endif  // MP_HAL_STM32_GPIO_H_
