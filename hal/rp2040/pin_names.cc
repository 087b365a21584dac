#include "hal/rp2040/pin_names.h"

#include <string.h>

namespace mp::hal::rp2040 {
namespace {

bool StartsWith(const char* text, size_t length, const char* prefix) {
  size_t prefix_length = strlen(prefix);
  return length >= prefix_length && memcmp(text, prefix, prefix_length) == 0;
}

// A GPIO number in decimal: no sign, no leading zero, below kPinCount.
bool ParseNumber(const char* digits, size_t length, int* pin) {
  if (length == 0 || length > 2 || (length == 2 && digits[0] == '0')) {
    return false;
  }
  int value = 0;
  for (size_t i = 0; i < length; ++i) {
    if (digits[i] < '0' || digits[i] > '9') return false;
    value = value * 10 + (digits[i] - '0');
  }
  if (value >= kPinCount) return false;
  *pin = value;
  return true;
}

}  // namespace

bool ParsePinName(const char* name, size_t length, int* pin) {
  if (length == 3 && memcmp(name, "LED", 3) == 0) {
    *pin = kLedPin;
    return true;
  }
  // "GPIO" before "GP", which it starts with.
  static constexpr const char* kPrefixes[] = {"GPIO", "GP", ""};
  for (const char* prefix : kPrefixes) {
    if (StartsWith(name, length, prefix)) {
      size_t skip = strlen(prefix);
      return ParseNumber(name + skip, length - skip, pin);
    }
  }
  return false;
}

void FormatPinName(int pin, char* buffer, size_t capacity) {
  if (capacity == 0) return;
  char text[8] = {'G', 'P', 'I', 'O'};
  size_t length = 4;
  if (pin >= 10) text[length++] = static_cast<char>('0' + pin / 10 % 10);
  text[length++] = static_cast<char>('0' + pin % 10);
  if (length >= capacity) length = capacity - 1;
  memcpy(buffer, text, length);
  buffer[length] = '\0';
}

}  // namespace mp::hal::rp2040
