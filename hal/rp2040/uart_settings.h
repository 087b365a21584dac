// The PL011 settings for a machine.UART configuration (RP2040 datasheet,
// section 4.2): baud-rate divisors, line control, and which pins carry each
// UART's signals.
#ifndef MP_HAL_RP2040_UART_SETTINGS_H_
#define MP_HAL_RP2040_UART_SETTINGS_H_

#include <stdint.h>

namespace mp::hal::rp2040 {

struct UartDivisors {
  uint32_t integer;   // UARTIBRD
  uint32_t fraction;  // UARTFBRD, in 64ths
};

// The divisors for `baudrate` from a `clock_hz` UART clock; false when the
// rate is outside what the 16.6-bit divisor reaches (1 to 65535).
bool UartBaudDivisors(uint32_t clock_hz, uint32_t baudrate, UartDivisors* out);

// UARTLCR_H for 5 to 8 data bits, parity 0 (none), 1 (odd) or 2 (even), 1 or
// 2 stop bits, FIFOs on; false for anything else.
bool UartLineControl(uint8_t bits, uint8_t parity, uint8_t stop,
                     uint32_t* lcr_h);

// Whether GPIO `pin` can carry UART `port`'s TX (or RX) signal.
bool UartTxPinValid(int port, int pin);
bool UartRxPinValid(int port, int pin);

}  // namespace mp::hal::rp2040

#endif  // MP_HAL_RP2040_UART_SETTINGS_H_
