// Pin numbers and names of the STM32F4: ports A to I with 16 pins each, pin
// number = port * 16 + pin, written "A0".."I15" (MicroPython's CPU pin names;
// "PA0".."PI15" are read too).
#ifndef MP_HAL_STM32_PIN_NAMES_H_
#define MP_HAL_STM32_PIN_NAMES_H_

#include <stddef.h>

namespace mp::hal::stm32 {

constexpr int kGpioPortCount = 9;  // GPIOA..GPIOI
constexpr int kPinsPerPort = 16;
constexpr int kPinCount = kGpioPortCount * kPinsPerPort;

constexpr int PinNumber(char port, int index) {
  return (port - 'A') * kPinsPerPort + index;
}

bool ParsePinName(const char* name, size_t length, int* pin);
// "A0"; an empty string for a number that is no pin.
void FormatPinName(int pin, char* buffer, size_t capacity);

}  // namespace mp::hal::stm32

#endif  // MP_HAL_STM32_PIN_NAMES_H_
