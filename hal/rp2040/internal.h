// What the files of the RP2040 backend share beyond the facades.
#ifndef MP_HAL_RP2040_INTERNAL_H_
#define MP_HAL_RP2040_INTERNAL_H_

#include <stddef.h>
#include <stdint.h>

namespace mp::hal::rp2040 {

// Polls `address` until (value & mask) == expected, at most `limit` reads:
// a peripheral that the emulator does not model, or broken hardware, must
// not hang the boot. False on timeout.
bool WaitForBits(uintptr_t address, uint32_t mask, uint32_t expected,
                 uint32_t limit = 1000000);

// Crystal, PLLs and the clock tree (clocks.cc): clk_sys 125 MHz from PLL_SYS,
// clk_peri from clk_sys, clk_usb 48 MHz, the 1 MHz tick for TIMER.
void ClocksInit();
// clk_peri in Hz: what the UARTs' baud rates divide.
uint32_t PeripheralClockHz();

// SysTick at 1 kHz (time.cc).
void TimeInit();

// UART0 as the console on GP0/GP1, 115200 8N1, receiving by interrupt
// (uart.cc).
void ConsoleUartInit();
// The console's UART (port 0): sends a byte, waiting while the FIFO is full;
// takes a received byte, or -1 if none is buffered.
void UartPutByte(int port, uint8_t byte);
int UartTakeByte(int port);
// While `character` >= 0, the receive interrupt of `port` calls
// `on_interrupt` for that byte instead of buffering it.
void UartSetInterruptCharacter(int port, int character, void (*on_interrupt)());

}  // namespace mp::hal::rp2040

#endif  // MP_HAL_RP2040_INTERNAL_H_
