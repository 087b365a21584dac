// The console on USART1: output written out as it comes (the CPU waits for
// each byte), input gathered by the receive interrupt into a buffer that the
// REPL reads, with Ctrl-C taken out of it while code runs.
#include "hal/console.h"

#include "hal/cpu.h"
#include "hal/serial/cooked_output.h"
#include "hal/stm32/console.h"
#include "hal/stm32/interrupts.h"
#include "hal/stm32/usart.h"
#include "hal/stm32/usart_input.h"

namespace mp::hal {
namespace {

using stm32::kConsoleUsart;

// Room for a raw-paste window (128 bytes) and more that a terminal sends at
// full speed while the REPL is busy.
constexpr size_t kInputBufferBytes = 512;

constinit stm32::UsartInput<uint8_t, kInputBufferBytes> input;

constinit volatile int interrupt_character = -1;
constinit void (*volatile on_interrupt)() = nullptr;
// Set when the interrupt character arrives, for ConsoleReadByte to report.
constinit volatile bool interrupted = false;

// Program output and errors share the line, so they share this.
constinit serial::CookedOutput output;

void Write(const char* data, size_t length) {
  output.Write(data, length, [](uint8_t byte) {
    stm32::UsartWriteCharacter(kConsoleUsart, byte);
  });
}

}  // namespace

void ConsoleWrite(const char* data, size_t length) { Write(data, length); }

void ConsoleWriteError(const char* data, size_t length) { Write(data, length); }

int ConsoleReadByte() {
  for (;;) {
    // Masked, so that a byte arriving between the check and the wait still
    // ends the wait: a pending interrupt wakes the core from WFI.
    uint32_t state = DisableInterrupts();
    bool was_interrupted = interrupted;
    interrupted = false;
    int byte = was_interrupted ? kConsoleInterrupted : stm32::ConsoleInputPop();
    if (byte == -1) Idle();
    RestoreInterrupts(state);
    if (byte != -1) return byte;
  }
}

bool ConsoleEchoesInput() { return false; }

void ConsoleSetInterrupt(int character, void (*callback)()) {
  on_interrupt = callback;
  interrupt_character = character;
  interrupted = false;
}

namespace stm32 {

UartConfig ConsoleUartConfig() { return UartConfig{}; }

void StartConsole() { UsartConfigure(kConsoleUsart, ConsoleUartConfig()); }

size_t ConsoleInputCount() { return input.Count(); }

int ConsoleInputPop() { return input.Pop(kConsoleUsart); }

}  // namespace stm32
}  // namespace mp::hal

extern "C" void Usart1Handler() {
  using namespace mp::hal;
  int byte = input.Take(kConsoleUsart);
  if (byte < 0) return;
  if (byte == interrupt_character && on_interrupt != nullptr) {
    on_interrupt();
    interrupted = true;
    return;
  }
  input.Store(byte);
}
