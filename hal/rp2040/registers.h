// The RP2040's registers that the backend uses, from the RP2040 datasheet
// (chapter 2, "System Description", and chapter 4, "Peripherals").
#ifndef MP_HAL_RP2040_REGISTERS_H_
#define MP_HAL_RP2040_REGISTERS_H_

#include <stdint.h>

namespace mp::hal::rp2040 {

inline volatile uint32_t& Reg(uintptr_t address) {
  return *reinterpret_cast<volatile uint32_t*>(address);
}

// Every APB and AHB-lite peripheral register has aliases 0x1000 (XOR),
// 0x2000 (set) and 0x3000 (clear) above it that change only the bits written,
// atomically: no read-modify-write race with an interrupt.
inline void RegSet(uintptr_t address, uint32_t bits) {
  Reg(address + 0x2000) = bits;
}
inline void RegClear(uintptr_t address, uint32_t bits) {
  Reg(address + 0x3000) = bits;
}

// RESETS: a bit per peripheral; 1 holds it in reset.
constexpr uintptr_t kResetsBase = 0x4000c000;
constexpr uintptr_t kResetsReset = kResetsBase + 0x0;
constexpr uintptr_t kResetsResetDone = kResetsBase + 0x8;
constexpr uint32_t kResetIoBank0 = 1u << 5;
constexpr uint32_t kResetPadsBank0 = 1u << 8;
constexpr uint32_t kResetPllSys = 1u << 12;
constexpr uint32_t kResetPllUsb = 1u << 13;
constexpr uint32_t kResetTimer = 1u << 21;
constexpr uint32_t kResetUart0 = 1u << 22;
constexpr uint32_t kResetUart1 = 1u << 23;

constexpr uintptr_t kIoBank0Base = 0x40014000;
constexpr uintptr_t kPadsBank0Base = 0x4001c000;
// IO_BANK0 GPIOn_CTRL's FUNCSEL values.
constexpr uint32_t kFunctionUart = 2;
constexpr uint32_t kFunctionSio = 5;
inline uintptr_t GpioCtrl(int pin) {
  return kIoBank0Base + 8 * static_cast<uintptr_t>(pin) + 4;
}
inline uintptr_t PadControl(int pin) {
  return kPadsBank0Base + 4 + 4 * static_cast<uintptr_t>(pin);
}
// PADS_BANK0 GPIOn bits.
constexpr uint32_t kPadSchmitt = 1u << 1;
constexpr uint32_t kPadPullDown = 1u << 2;
constexpr uint32_t kPadPullUp = 1u << 3;
constexpr uint32_t kPadDrive4mA = 1u << 4;
constexpr uint32_t kPadInputEnable = 1u << 6;

// SIO: single-cycle I/O, the processor's own GPIO registers (no aliases).
constexpr uintptr_t kSioBase = 0xd0000000;
constexpr uintptr_t kSioGpioIn = kSioBase + 0x04;
constexpr uintptr_t kSioGpioOutSet = kSioBase + 0x14;
constexpr uintptr_t kSioGpioOutClear = kSioBase + 0x18;
constexpr uintptr_t kSioGpioOeSet = kSioBase + 0x24;
constexpr uintptr_t kSioGpioOeClear = kSioBase + 0x28;

// TIMER: a 64-bit microsecond counter, ticked by the watchdog's tick
// generator (clocks.cc sets it to 1 MHz).
constexpr uintptr_t kTimerBase = 0x40054000;
constexpr uintptr_t kTimerRawLow = kTimerBase + 0x28;

constexpr uintptr_t kWatchdogBase = 0x40058000;
constexpr uintptr_t kWatchdogTick = kWatchdogBase + 0x2c;

// Cortex-M0+ private peripherals.
constexpr uintptr_t kSysTickCsr = 0xe000e010;
constexpr uintptr_t kSysTickRvr = 0xe000e014;
constexpr uintptr_t kSysTickCvr = 0xe000e018;
constexpr uintptr_t kNvicIser = 0xe000e100;
constexpr uintptr_t kNvicIcer = 0xe000e180;
constexpr uintptr_t kNvicIcpr = 0xe000e280;
constexpr uintptr_t kAircr = 0xe000ed0c;

// Interrupt numbers (the NVIC's, vector table entry 16 + n).
constexpr int kIrqUart0 = 20;
constexpr int kIrqUart1 = 21;
constexpr int kIrqCount = 26;

// Takes the peripherals in `mask` out of reset and waits until they are.
// Returns false if one never comes out (the wait is bounded).
bool Unreset(uint32_t mask);
// Holds the peripherals in `mask` in reset, then lets them go.
bool ResetAndUnreset(uint32_t mask);

}  // namespace mp::hal::rp2040

#endif  // MP_HAL_RP2040_REGISTERS_H_
