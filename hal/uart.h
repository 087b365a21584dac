// Serial ports (machine.UART). Ports are numbered as the chip's datasheet
// does (UART0 and UART1 on RP2040; USART1 to UART6 on STM32F4). The console's
// port may be opened too: it shares its receive buffer with the REPL.
#ifndef MP_HAL_UART_H_
#define MP_HAL_UART_H_

#include <stddef.h>
#include <stdint.h>

namespace mp::hal {

struct UartConfig {
  uint32_t baudrate = 115200;
  uint8_t bits = 8;    // 7, 8 or 9 (what the chip supports)
  uint8_t parity = 0;  // 0 none, 1 odd, 2 even
  uint8_t stop = 1;    // 1 or 2
  int tx = -1;         // pins; -1 for the board's default
  int rx = -1;
};

// Whether `port` exists on this chip.
bool UartExists(int port);
// Sets the port up; false when the chip cannot do this configuration (bits,
// baud rate or pins), leaving it as it was.
bool UartInit(int port, const UartConfig& config);
void UartDeinit(int port);

void UartWrite(int port, const uint8_t* data, size_t length);
// How many received bytes wait to be read.
size_t UartAny(int port);
// The next received byte, waiting up to `timeout_ms`; -1 if none came.
int UartReadByte(int port, uint32_t timeout_ms);

}  // namespace mp::hal

#endif  // MP_HAL_UART_H_
