// The Raspberry Pi Pico's pin names: "GP0".."GP29" (the board's silkscreen),
// "GPIO0".."GPIO29" (the datasheet's), "LED" (GP25) and plain numbers.
#ifndef MP_HAL_RP2040_PIN_NAMES_H_
#define MP_HAL_RP2040_PIN_NAMES_H_

#include <stddef.h>

namespace mp::hal::rp2040 {

constexpr int kPinCount = 30;
constexpr int kLedPin = 25;

// The GPIO number `name` stands for; false if it names no pin.
bool ParsePinName(const char* name, size_t length, int* pin);
// "GPIO<n>", NUL-terminated and cut to fit `capacity`.
void FormatPinName(int pin, char* buffer, size_t capacity);

}  // namespace mp::hal::rp2040

#endif  // MP_HAL_RP2040_PIN_NAMES_H_
