// The STM32F405's USARTs (RM0090 section 30) and where they are wired: the
// register blocks, bus clocks, interrupts and the pins each can use
// (datasheet DS8626, table 9, alternate functions 7 and 8).
#include "hal/stm32/usart.h"

#include "hal/stm32/clocks.h"
#include "hal/stm32/cortex_m.h"
#include "hal/stm32/gpio.h"
#include "hal/stm32/mmio.h"
#include "hal/stm32/pin_names.h"
#include "hal/stm32/rcc.h"
#include "hal/stm32/usart_settings.h"

namespace mp::hal::stm32 {
namespace {

constexpr uintptr_t kSr = 0x00;
constexpr uintptr_t kDr = 0x04;
constexpr uintptr_t kBrr = 0x08;
constexpr uintptr_t kCr1 = 0x0C;
constexpr uintptr_t kCr2 = 0x10;
constexpr uintptr_t kCr3 = 0x14;

constexpr int kMaxPinChoices = 3;
constexpr int8_t kNoPin = -1;

struct UsartHardware {
  uintptr_t base;
  uintptr_t clock_enable_register;
  uint32_t clock_enable_bit;
  bool on_apb2;
  int irq;
  int alternate_function;
  // The first of each is the port's default.
  int8_t tx_pins[kMaxPinChoices];
  int8_t rx_pins[kMaxPinChoices];
};

constexpr UsartHardware kUsarts[kUsartCount] = {
    {0x40011000,
     rcc::kApb2Enr,
     1u << 4,
     true,
     nvic::kUsart1,
     7,
     {PinNumber('A', 9), PinNumber('B', 6), kNoPin},
     {PinNumber('A', 10), PinNumber('B', 7), kNoPin}},
    {0x40004400,
     rcc::kApb1Enr,
     1u << 17,
     false,
     nvic::kUsart2,
     7,
     {PinNumber('A', 2), PinNumber('D', 5), kNoPin},
     {PinNumber('A', 3), PinNumber('D', 6), kNoPin}},
    {0x40004800,
     rcc::kApb1Enr,
     1u << 18,
     false,
     nvic::kUsart3,
     7,
     {PinNumber('B', 10), PinNumber('C', 10), PinNumber('D', 8)},
     {PinNumber('B', 11), PinNumber('C', 11), PinNumber('D', 9)}},
    {0x40004C00,
     rcc::kApb1Enr,
     1u << 19,
     false,
     nvic::kUart4,
     8,
     {PinNumber('A', 0), PinNumber('C', 10), kNoPin},
     {PinNumber('A', 1), PinNumber('C', 11), kNoPin}},
    {0x40005000,
     rcc::kApb1Enr,
     1u << 20,
     false,
     nvic::kUart5,
     8,
     {PinNumber('C', 12), kNoPin, kNoPin},
     {PinNumber('D', 2), kNoPin, kNoPin}},
    {0x40011400,
     rcc::kApb2Enr,
     1u << 5,
     true,
     nvic::kUsart6,
     8,
     {PinNumber('C', 6), PinNumber('G', 14), kNoPin},
     {PinNumber('C', 7), PinNumber('G', 9), kNoPin}},
};

struct UsartState {
  bool enabled;
  bool nine_bits;
  uint16_t data_mask;
  int8_t tx_pin;
  int8_t rx_pin;
  UartConfig config;
};

constinit UsartState states[kUsartCount] = {};

const UsartHardware& Hardware(int port) { return kUsarts[port - 1]; }
UsartState& State(int port) { return states[port - 1]; }

uintptr_t Register(int port, uintptr_t offset) {
  return Hardware(port).base + offset;
}

uint32_t BusClockHz(int port) {
  return Hardware(port).on_apb2 ? Clocks().pclk2_hz : Clocks().pclk1_hz;
}

// The pin `requested` (-1: the default) if the port can use it.
bool ChoosePin(const int8_t (&choices)[kMaxPinChoices], int requested,
               int8_t* pin) {
  if (requested < 0) {
    *pin = choices[0];
    return true;
  }
  for (int8_t choice : choices) {
    if (choice != kNoPin && choice == requested) {
      *pin = choice;
      return true;
    }
  }
  return false;
}

}  // namespace

uintptr_t UsartSr(int port) { return Register(port, kSr); }
uintptr_t UsartDr(int port) { return Register(port, kDr); }
uintptr_t UsartCr1(int port) { return Register(port, kCr1); }

bool UsartConfigure(int port, const UartConfig& config) {
  const UsartHardware& hardware = Hardware(port);
  UsartState& state = State(port);
  UsartSettings settings;
  int8_t tx_pin;
  int8_t rx_pin;
  if (!ChoosePin(hardware.tx_pins, config.tx, &tx_pin) ||
      !ChoosePin(hardware.rx_pins, config.rx, &rx_pin) ||
      !ComputeUsartSettings(config, BusClockHz(port), &settings)) {
    return false;
  }
  if (state.enabled) {
    UsartFlush(port);
    nvic::DisableIrq(hardware.irq);
    Reg(Register(port, kCr1)) = 0;
    if (tx_pin != state.tx_pin) GpioRelease(state.tx_pin);
    if (rx_pin != state.rx_pin) GpioRelease(state.rx_pin);
  }
  rcc::EnableClock(hardware.clock_enable_register, hardware.clock_enable_bit);
  GpioSetAlternate(tx_pin, hardware.alternate_function, PinPull::kNone);
  // A pull-up keeps an unconnected receive line idle (high).
  GpioSetAlternate(rx_pin, hardware.alternate_function, PinPull::kUp);
  Reg(Register(port, kCr1)) = 0;
  Reg(Register(port, kCr2)) = settings.cr2;
  Reg(Register(port, kCr3)) = 0;
  Reg(Register(port, kBrr)) = settings.brr;
  Reg(Register(port, kCr1)) = settings.cr1_frame | kUsartCr1Enable |
                              kUsartCr1TransmitEnable | kUsartCr1ReceiveEnable |
                              kUsartCr1RxInterrupt;
  state = UsartState{
      .enabled = true,
      .nine_bits = config.bits == 9,
      .data_mask = settings.data_mask,
      .tx_pin = tx_pin,
      .rx_pin = rx_pin,
      .config = config,
  };
  nvic::EnableIrq(hardware.irq);
  return true;
}

void UsartShutDown(int port) {
  const UsartHardware& hardware = Hardware(port);
  UsartState& state = State(port);
  if (!state.enabled) return;
  UsartFlush(port);
  nvic::DisableIrq(hardware.irq);
  Reg(Register(port, kCr1)) = 0;
  rcc::DisableClock(hardware.clock_enable_register, hardware.clock_enable_bit);
  GpioRelease(state.tx_pin);
  GpioRelease(state.rx_pin);
  state.enabled = false;
}

bool UsartEnabled(int port) { return State(port).enabled; }

void UsartsFollowClocks() {
  for (int port = 1; port <= kUsartCount; ++port) {
    UsartState& state = State(port);
    UsartSettings settings;
    // A baud rate the new clock cannot make keeps the old divisor.
    if (state.enabled &&
        ComputeUsartSettings(state.config, BusClockHz(port), &settings)) {
      Reg(Register(port, kBrr)) = settings.brr;
    }
  }
}

uint16_t UsartDataMask(int port) { return State(port).data_mask; }
bool UsartNineBits(int port) { return State(port).nine_bits; }

void UsartWriteCharacter(int port, uint16_t character) {
  while ((Reg(Register(port, kSr)) & kUsartSrTxEmpty) == 0) {
  }
  Reg(Register(port, kDr)) = character;
}

void UsartFlush(int port) {
  while ((Reg(Register(port, kSr)) & kUsartSrTxComplete) == 0) {
  }
}

// In the NVIC, not with RXNEIE: QEMU 7.2's USART keeps its interrupt line
// raised when RXNEIE is cleared, and the routine would run again at once.
void UsartPauseReceive(int port) { nvic::DisableIrq(Hardware(port).irq); }

void UsartResumeReceive(int port) { nvic::EnableIrq(Hardware(port).irq); }

}  // namespace mp::hal::stm32
