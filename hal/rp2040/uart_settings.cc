#include "hal/rp2040/uart_settings.h"

namespace mp::hal::rp2040 {
namespace {

// The GPIOs whose function 2 is each UART's TX; RX is the next pin.
constexpr int kTxPins[2][4] = {{0, 12, 16, 28}, {4, 8, 20, 24}};

constexpr uint32_t kLcrParityEnable = 1u << 1;
constexpr uint32_t kLcrEvenParity = 1u << 2;
constexpr uint32_t kLcrTwoStopBits = 1u << 3;
constexpr uint32_t kLcrFifoEnable = 1u << 4;
constexpr int kLcrWordLengthShift = 5;

bool IsTxPin(int port, int pin) {
  if (port < 0 || port > 1) return false;
  for (int tx : kTxPins[port]) {
    if (pin == tx) return true;
  }
  return false;
}

}  // namespace

bool UartBaudDivisors(uint32_t clock_hz, uint32_t baudrate, UartDivisors* out) {
  if (baudrate == 0 || baudrate > (UINT32_MAX >> 3)) return false;
  // The divisor is clock / (16 * baud) in 1/128ths: 8 * clock / baud, taken
  // apart so that no product passes 32 bits (and no 64-bit division is
  // linked).
  uint32_t quotient = clock_hz / baudrate;
  uint32_t remainder = clock_hz % baudrate;
  if (quotient > (UINT32_MAX >> 3)) return false;
  uint32_t divisor = 8 * quotient + (8 * remainder) / baudrate;
  // Rounded to the nearest 64th.
  uint32_t sixty_fourths = (divisor + 1) / 2;
  uint32_t integer = sixty_fourths >> 6;
  if (integer == 0 || integer > 65535) return false;
  *out = {integer, sixty_fourths & 0x3f};
  return true;
}

bool UartLineControl(uint8_t bits, uint8_t parity, uint8_t stop,
                     uint32_t* lcr_h) {
  if (bits < 5 || bits > 8 || parity > 2 || stop < 1 || stop > 2) {
    return false;
  }
  uint32_t value =
      kLcrFifoEnable | (static_cast<uint32_t>(bits - 5) << kLcrWordLengthShift);
  if (parity != 0) value |= kLcrParityEnable;
  if (parity == 2) value |= kLcrEvenParity;
  if (stop == 2) value |= kLcrTwoStopBits;
  *lcr_h = value;
  return true;
}

bool UartTxPinValid(int port, int pin) { return IsTxPin(port, pin); }

bool UartRxPinValid(int port, int pin) { return IsTxPin(port, pin - 1); }

}  // namespace mp::hal::rp2040
