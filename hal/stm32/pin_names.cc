#include "hal/stm32/pin_names.h"

namespace mp::hal::stm32 {

bool ParsePinName(const char* name, size_t length, int* pin) {
  // 'P' is no port letter, so a leading one is the "PA0" form's prefix.
  size_t i = length > 0 && name[0] == 'P' ? 1 : 0;
  if (length - i != 2 && length - i != 3) return false;
  char port = name[i];
  if (port < 'A' || port >= 'A' + kGpioPortCount) return false;
  // One or two digits, with no leading zero: "A1" and "A15", not "A01".
  int index = 0;
  for (size_t j = i + 1; j < length; ++j) {
    if (name[j] < '0' || name[j] > '9') return false;
    if (j > i + 1 && index == 0) return false;
    index = index * 10 + (name[j] - '0');
  }
  if (index >= kPinsPerPort) return false;
  *pin = PinNumber(port, index);
  return true;
}

void FormatPinName(int pin, char* buffer, size_t capacity) {
  if (capacity == 0) return;
  char name[4];
  size_t length = 0;
  if (pin >= 0 && pin < kPinCount) {
    int index = pin % kPinsPerPort;
    name[length++] = static_cast<char>('A' + pin / kPinsPerPort);
    if (index >= 10) name[length++] = '1';
    name[length++] = static_cast<char>('0' + index % 10);
  }
  if (length >= capacity) length = capacity - 1;
  for (size_t i = 0; i < length; ++i) buffer[i] = name[i];
  buffer[length] = '\0';
}

}  // namespace mp::hal::stm32
