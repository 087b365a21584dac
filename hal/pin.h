// General-purpose pins (machine.Pin). A pin is a number from 0 to
// PinCount() - 1 in the board's own order (GPIO number on RP2040; port * 16 +
// pin on STM32, so that PA0 is 0 and PB5 is 21); the board also names them.
#ifndef MP_HAL_PIN_H_
#define MP_HAL_PIN_H_

#include <stddef.h>
#include <stdint.h>

namespace mp::hal {

enum class PinMode : uint8_t { kInput, kOutput, kOpenDrain };
enum class PinPull : uint8_t { kNone, kUp, kDown };

int PinCount();
// The pin a name stands for ("GP25" or "LED" on RP2040; "A0" or "B5" on
// STM32); false for names the board does not have.
bool PinFromName(const char* name, size_t length, int* pin);
// The pin's name as the board writes it ("GPIO25", "A0"), NUL-terminated in
// `buffer` (8 bytes are enough).
void PinName(int pin, char* buffer, size_t capacity);

void PinConfigure(int pin, PinMode mode, PinPull pull);
// Drives an output pin (for open drain, high lets it float).
void PinWrite(int pin, bool high);
// The pin's level as read at the pad (an output reads what it drives).
bool PinRead(int pin);

}  // namespace mp::hal

#endif  // MP_HAL_PIN_H_
