#include "hal/testing/pin.h"

#include <stdio.h>
#include <string.h>

#include <cstdlib>

namespace mp::hal {
namespace {

testing::FakePin pins[testing::kFakePinCount];

testing::FakePin& PinAt(int pin) {
  // The module must never pass a pin it did not check.
  if (pin < 0 || pin >= testing::kFakePinCount) abort();
  return pins[pin];
}

bool ParseNumber(const char* text, size_t length, int* number) {
  if (length == 0 || length > 2) return false;
  int value = 0;
  for (size_t i = 0; i < length; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    value = value * 10 + (text[i] - '0');
  }
  *number = value;
  return value < testing::kFakePinCount;
}

}  // namespace

int PinCount() { return testing::kFakePinCount; }

bool PinFromName(const char* name, size_t length, int* pin) {
  if (length == 3 && memcmp(name, "LED", 3) == 0) {
    *pin = testing::kFakeLedPin;
    return true;
  }
  return length > 2 && memcmp(name, "GP", 2) == 0 &&
         ParseNumber(name + 2, length - 2, pin);
}

void PinName(int pin, char* buffer, size_t capacity) {
  snprintf(buffer, capacity, "GPIO%d", pin);
}

void PinConfigure(int pin, PinMode mode, PinPull pull) {
  testing::FakePin& fake = PinAt(pin);
  fake.configured = true;
  fake.mode = mode;
  fake.pull = pull;
  ++fake.configures;
}

void PinWrite(int pin, bool high) { PinAt(pin).driven = high; }

bool PinRead(int pin) {
  const testing::FakePin& fake = PinAt(pin);
  if (fake.configured && fake.mode == PinMode::kOutput) return fake.driven;
  // Open drain pulls low, or lets the line float to what is outside.
  if (fake.configured && fake.mode == PinMode::kOpenDrain && !fake.driven) {
    return false;
  }
  if (fake.input_applied) return fake.input_high;
  return fake.configured && fake.pull == PinPull::kUp;
}

namespace testing {

const FakePin& GetFakePin(int pin) { return PinAt(pin); }

void SetFakePinInput(int pin, int level) {
  FakePin& fake = PinAt(pin);
  fake.input_applied = level >= 0;
  fake.input_high = level == 1;
}

void ResetFakePins() {
  for (FakePin& pin : pins) pin = FakePin{};
}

}  // namespace testing
}  // namespace mp::hal
