// The six USARTs of the STM32F405 as hardware: their registers, clocks, pins
// and interrupts. The console (console.cc, USART1) and machine.UART (uart.cc,
// all of them) sit on this.
#ifndef MP_HAL_STM32_USART_H_
#define MP_HAL_STM32_USART_H_

#include <stdint.h>

#include "hal/uart.h"

namespace mp::hal::stm32 {

constexpr int kUsartCount = 6;  // USART1, 2, 3, UART4, 5, USART6
constexpr int kConsoleUsart = 1;

// USART_SR bits.
constexpr uint32_t kUsartSrParityError = 1u << 0;
constexpr uint32_t kUsartSrFramingError = 1u << 1;
constexpr uint32_t kUsartSrNoise = 1u << 2;
constexpr uint32_t kUsartSrOverrun = 1u << 3;
constexpr uint32_t kUsartSrRxNotEmpty = 1u << 5;
constexpr uint32_t kUsartSrTxComplete = 1u << 6;
constexpr uint32_t kUsartSrTxEmpty = 1u << 7;
constexpr uint32_t kUsartSrReceived = kUsartSrParityError |
                                      kUsartSrFramingError | kUsartSrNoise |
                                      kUsartSrOverrun | kUsartSrRxNotEmpty;

// Register addresses of USART `port` (1..6).
uintptr_t UsartSr(int port);
uintptr_t UsartDr(int port);
uintptr_t UsartCr1(int port);

// Clocks, pins, frame and baud rate, with the receive interrupt on; false
// (nothing changed) for what the port cannot do.
bool UsartConfigure(int port, const UartConfig& config);
// The port's clock, pins and interrupt off.
void UsartShutDown(int port);
bool UsartEnabled(int port);
// Recomputes the baud rate divisors after the APB clocks changed.
void UsartsFollowClocks();
// The data bits of a received character (without parity), and whether a
// character has 9 of them.
uint16_t UsartDataMask(int port);
bool UsartNineBits(int port);

void UsartWriteCharacter(int port, uint16_t character);
// Waits until the last character has left the shift register.
void UsartFlush(int port);
// Masks the port's interrupt while the software buffer is full, so that the
// next character waits in the data register (under QEMU, in the emulator),
// and unmasks it when there is room.
void UsartPauseReceive(int port);
void UsartResumeReceive(int port);

}  // namespace mp::hal::stm32

#endif  // MP_HAL_STM32_USART_H_
