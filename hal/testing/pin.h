// The test backend's pins: kFakePinCount pins named as on an RP2040 ("GP5"
// or "LED" for pin 25; PinName gives "GPIO5"). Each remembers how it was set
// up and the level it drives; an input reads the level a test gave it, or else
// its pull (high with a pull-up, low otherwise).
#ifndef MP_HAL_TESTING_PIN_H_
#define MP_HAL_TESTING_PIN_H_

#include "hal/pin.h"

namespace mp::hal::testing {

inline constexpr int kFakePinCount = 30;
inline constexpr int kFakeLedPin = 25;

struct FakePin {
  bool configured;
  PinMode mode;
  PinPull pull;
  bool driven;         // the last PinWrite
  bool input_applied;  // whether a test applies a level from outside
  bool input_high;     // the level it applies
  int configures;      // how many times PinConfigure set this pin up
};

const FakePin& GetFakePin(int pin);
// Applies `level` (0 or 1) to the pin from outside; -1 takes it away.
void SetFakePinInput(int pin, int level);
// Every pin back to its start: not set up, nothing driven or applied.
void ResetFakePins();

}  // namespace mp::hal::testing

#endif  // MP_HAL_TESTING_PIN_H_
