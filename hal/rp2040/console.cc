// The console: UART0 on GP0 (TX) and GP1 (RX) at 115200 8N1, as on
// MicroPython's Pico builds without USB. Output is cooked: a lone '\n' goes
// out as "\r\n".
#include "hal/console.h"

#include "hal/cpu.h"
#include "hal/rp2040/internal.h"
#include "hal/serial/cooked_output.h"

namespace mp::hal {
namespace {

constexpr int kConsolePort = 0;

// Program output and errors share the line, so they share this.
constinit serial::CookedOutput g_output;

// The interrupt's callback, and whether it came for ConsoleReadByte to report.
void (*volatile g_on_interrupt)() = nullptr;
volatile bool g_interrupted = false;

void OnInterruptCharacter() {
  g_on_interrupt();
  g_interrupted = true;
}

void WriteCooked(const char* data, size_t length) {
  g_output.Write(data, length,
                 [](uint8_t byte) { rp2040::UartPutByte(kConsolePort, byte); });
}

}  // namespace

void ConsoleWrite(const char* data, size_t length) {
  WriteCooked(data, length);
}

void ConsoleWriteError(const char* data, size_t length) {
  WriteCooked(data, length);
}

int ConsoleReadByte() {
  for (;;) {
    // Masked, so that a byte arriving between the check and the wait still
    // ends the wait (a pending interrupt wakes the core from WFI) rather than
    // waiting for the next tick.
    uint32_t state = DisableInterrupts();
    bool was_interrupted = g_interrupted;
    g_interrupted = false;
    int byte = was_interrupted ? kConsoleInterrupted
                               : rp2040::UartTakeByte(kConsolePort);
    if (byte == -1) Idle();
    RestoreInterrupts(state);
    if (byte != -1) return byte;
  }
}

bool ConsoleEchoesInput() { return false; }

void ConsoleSetInterrupt(int character, void (*on_interrupt)()) {
  g_on_interrupt = on_interrupt;
  g_interrupted = false;
  rp2040::UartSetInterruptCharacter(
      kConsolePort, character,
      on_interrupt != nullptr ? &OnInterruptCharacter : nullptr);
}

}  // namespace mp::hal
