// GPIO 0-29 through SIO (the core's single-cycle I/O): machine.Pin.
#include "hal/cpu.h"
#include "hal/pin.h"
#include "hal/rp2040/pin_names.h"
#include "hal/rp2040/registers.h"

namespace mp::hal {
namespace {

using rp2040::Reg;

// Pins in open-drain mode: driven low, or released (output disabled) for
// high. SIO has no open-drain mode of its own.
uint32_t g_open_drain = 0;

}  // namespace

int PinCount() { return rp2040::kPinCount; }

bool PinFromName(const char* name, size_t length, int* pin) {
  return rp2040::ParsePinName(name, length, pin);
}

void PinName(int pin, char* buffer, size_t capacity) {
  rp2040::FormatPinName(pin, buffer, capacity);
}

void PinConfigure(int pin, PinMode mode, PinPull pull) {
  if (pin < 0 || pin >= rp2040::kPinCount) return;
  uint32_t bit = 1u << pin;
  uint32_t pad =
      rp2040::kPadInputEnable | rp2040::kPadSchmitt | rp2040::kPadDrive4mA;
  if (pull == PinPull::kUp) pad |= rp2040::kPadPullUp;
  if (pull == PinPull::kDown) pad |= rp2040::kPadPullDown;
  uint32_t interrupts = DisableInterrupts();
  Reg(rp2040::PadControl(pin)) = pad;
  switch (mode) {
    case PinMode::kInput:
      g_open_drain &= ~bit;
      Reg(rp2040::kSioGpioOeClear) = bit;
      break;
    case PinMode::kOutput:
      g_open_drain &= ~bit;
      Reg(rp2040::kSioGpioOeSet) = bit;
      break;
    case PinMode::kOpenDrain:
      // Released (high) until written low.
      g_open_drain |= bit;
      Reg(rp2040::kSioGpioOutClear) = bit;
      Reg(rp2040::kSioGpioOeClear) = bit;
      break;
  }
  Reg(rp2040::GpioCtrl(pin)) = rp2040::kFunctionSio;
  RestoreInterrupts(interrupts);
}

void PinWrite(int pin, bool high) {
  if (pin < 0 || pin >= rp2040::kPinCount) return;
  uint32_t bit = 1u << pin;
  if (g_open_drain & bit) {
    Reg(high ? rp2040::kSioGpioOeClear : rp2040::kSioGpioOeSet) = bit;
  } else {
    Reg(high ? rp2040::kSioGpioOutSet : rp2040::kSioGpioOutClear) = bit;
  }
}

bool PinRead(int pin) {
  if (pin < 0 || pin >= rp2040::kPinCount) return false;
  return (Reg(rp2040::kSioGpioIn) >> pin) & 1;
}

}  // namespace mp::hal
