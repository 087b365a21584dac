// Serial ports (hal/uart.h): USART1 to USART6, numbered 1 to 6. Port 1 is the
// console's: it shares the REPL's input buffer, keeps 8-bit characters, and
// goes back to the console's settings when deinitialised. The others receive
// into buffers of their own. With 9 data bits a character is two bytes, low
// byte first, as MicroPython's machine.UART has it; UartReadByte then returns
// the whole character.
#include "hal/uart.h"

#include "hal/cpu.h"
#include "hal/stm32/console.h"
#include "hal/stm32/interrupts.h"
#include "hal/stm32/usart.h"
#include "hal/stm32/usart_input.h"
#include "hal/time.h"

namespace mp::hal {
namespace {

using stm32::kConsoleUsart;

constexpr size_t kInputBufferCharacters = 128;

using PortInput = stm32::UsartInput<uint16_t, kInputBufferCharacters>;

// Ports 2 to 6.
constinit PortInput inputs[stm32::kUsartCount - 1];

PortInput& Input(int port) { return inputs[port - 2]; }

size_t Available(int port) {
  return port == kConsoleUsart ? stm32::ConsoleInputCount()
                               : Input(port).Count();
}

int Pop(int port) {
  return port == kConsoleUsart ? stm32::ConsoleInputPop()
                               : Input(port).Pop(port);
}

void Receive(int port) {
  int character = Input(port).Take(port);
  if (character >= 0) Input(port).Store(character);
}

}  // namespace

bool UartExists(int port) { return port >= 1 && port <= stm32::kUsartCount; }

bool UartInit(int port, const UartConfig& config) {
  if (!UartExists(port)) return false;
  // The REPL reads the console's input a byte at a time.
  if (port == kConsoleUsart && config.bits == 9) return false;
  if (!stm32::UsartConfigure(port, config)) return false;
  if (port != kConsoleUsart) Input(port).Clear();
  return true;
}

void UartDeinit(int port) {
  if (!UartExists(port)) return;
  if (port == kConsoleUsart) {
    stm32::UsartConfigure(port, stm32::ConsoleUartConfig());
    return;
  }
  stm32::UsartShutDown(port);
}

void UartWrite(int port, const uint8_t* data, size_t length) {
  if (!UartExists(port) || !stm32::UsartEnabled(port)) return;
  if (stm32::UsartNineBits(port)) {
    for (size_t i = 0; i + 1 < length; i += 2) {
      stm32::UsartWriteCharacter(
          port, static_cast<uint16_t>(data[i] | (data[i + 1] & 1) << 8));
    }
    return;
  }
  for (size_t i = 0; i < length; ++i) {
    stm32::UsartWriteCharacter(port, data[i]);
  }
}

size_t UartAny(int port) {
  if (!UartExists(port) || !stm32::UsartEnabled(port)) return 0;
  return Available(port);
}

int UartReadByte(int port, uint32_t timeout_ms) {
  if (!UartExists(port) || !stm32::UsartEnabled(port)) return -1;
  uint32_t start = TicksMs();
  for (;;) {
    int character = Pop(port);
    if (character >= 0) return character;
    if (TicksMs() - start >= timeout_ms) return -1;
    Idle();
  }
}

}  // namespace mp::hal

extern "C" {
void Usart2Handler() { mp::hal::Receive(2); }
void Usart3Handler() { mp::hal::Receive(3); }
void Uart4Handler() { mp::hal::Receive(4); }
void Uart5Handler() { mp::hal::Receive(5); }
void Usart6Handler() { mp::hal::Receive(6); }
}
