// The console on USART1 (hal/console.h), and what the board and machine.UART
// need from it.
#ifndef MP_HAL_STM32_CONSOLE_H_
#define MP_HAL_STM32_CONSOLE_H_

#include <stddef.h>

#include "hal/uart.h"

namespace mp::hal::stm32 {

// The console's line: 115200 baud, 8 data bits, no parity, 1 stop bit on
// PA9 (TX) and PA10 (RX).
UartConfig ConsoleUartConfig();
void StartConsole();

// The received bytes that wait for the REPL, for machine.UART(1).
size_t ConsoleInputCount();
// The next one, or -1.
int ConsoleInputPop();

}  // namespace mp::hal::stm32

#endif  // MP_HAL_STM32_CONSOLE_H_
