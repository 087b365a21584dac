// GPIO pins (hal/pin.h) on the STM32F4's ports A..I.
#include "hal/pin.h"
#include "hal/stm32/gpio.h"
#include "hal/stm32/mmio.h"
#include "hal/stm32/pin_names.h"
#include "hal/stm32/rcc.h"

namespace mp::hal {
namespace {

using stm32::Reg;

constexpr uintptr_t kGpioABase = 0x40020000;
constexpr uintptr_t kGpioStride = 0x400;
constexpr uintptr_t kModer = 0x00;
constexpr uintptr_t kOtyper = 0x04;
constexpr uintptr_t kOspeedr = 0x08;
constexpr uintptr_t kPupdr = 0x0C;
constexpr uintptr_t kIdr = 0x10;
constexpr uintptr_t kBsrr = 0x18;
constexpr uintptr_t kAfrl = 0x20;

enum Mode : uint32_t { kModeInput = 0, kModeOutput = 1, kModeAlternate = 2 };
constexpr uint32_t kSpeedFast = 2;

uintptr_t PortBase(int pin) {
  return kGpioABase +
         kGpioStride * static_cast<uintptr_t>(pin / stm32::kPinsPerPort);
}
uint32_t Index(int pin) { return pin % stm32::kPinsPerPort; }
bool Valid(int pin) { return pin >= 0 && pin < stm32::kPinCount; }

// Sets the pin's `width`-bit field in the register at `offset` of its port.
void SetField(int pin, uintptr_t offset, uint32_t width, uint32_t value) {
  uint32_t shift = Index(pin) * width;
  uint32_t mask = ((1u << width) - 1) << shift;
  stm32::ModifyRegister(PortBase(pin) + offset, mask, value << shift);
}

uint32_t PullBits(PinPull pull) {
  switch (pull) {
    case PinPull::kUp:
      return 1;
    case PinPull::kDown:
      return 2;
    default:
      return 0;
  }
}

// Each port has its clock enable in RCC_AHB1ENR, bit = port.
void EnablePort(int pin) {
  stm32::rcc::EnableClock(stm32::rcc::kAhb1Enr,
                          1u << (pin / stm32::kPinsPerPort));
}

}  // namespace

int PinCount() { return stm32::kPinCount; }

bool PinFromName(const char* name, size_t length, int* pin) {
  return stm32::ParsePinName(name, length, pin);
}

void PinName(int pin, char* buffer, size_t capacity) {
  stm32::FormatPinName(pin, buffer, capacity);
}

void PinConfigure(int pin, PinMode mode, PinPull pull) {
  if (!Valid(pin)) return;
  EnablePort(pin);
  SetField(pin, kPupdr, 2, PullBits(pull));
  SetField(pin, kOtyper, 1, mode == PinMode::kOpenDrain ? 1 : 0);
  SetField(pin, kModer, 2, mode == PinMode::kInput ? kModeInput : kModeOutput);
}

void PinWrite(int pin, bool high) {
  if (!Valid(pin)) return;
  // BSRR sets (low half) or resets (high half) one pin without a
  // read-modify-write.
  uint32_t bit = 1u << Index(pin);
  Reg(PortBase(pin) + kBsrr) = high ? bit : bit << 16;
}

bool PinRead(int pin) {
  if (!Valid(pin)) return false;
  return (Reg(PortBase(pin) + kIdr) >> Index(pin)) & 1;
}

namespace stm32 {

void GpioSetAlternate(int pin, int function, PinPull pull) {
  EnablePort(pin);
  uintptr_t afr = kAfrl + 4 * (Index(pin) / 8);
  uint32_t shift = 4 * (Index(pin) % 8);
  ModifyRegister(PortBase(pin) + afr, 0xFu << shift,
                 static_cast<uint32_t>(function) << shift);
  SetField(pin, kOspeedr, 2, kSpeedFast);
  SetField(pin, kOtyper, 1, 0);
  SetField(pin, kPupdr, 2, PullBits(pull));
  SetField(pin, kModer, 2, kModeAlternate);
}

void GpioRelease(int pin) {
  SetField(pin, kModer, 2, kModeInput);
  SetField(pin, kPupdr, 2, 0);
}

}  // namespace stm32
}  // namespace mp::hal
