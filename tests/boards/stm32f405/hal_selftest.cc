// A firmware that checks the STM32F405 hal backend from the inside, under
// QEMU: hal_test.py boots it, answers its prompts on the console and reads
// its report. Each line is "ok <what>" or "FAIL <what>"; the driver picks the
// part to run with one byte: 't' the checks, 'r' a hard reset, 'o' a stack
// overflow (which must end in a report and a reset, not a locked-up core).
#include <stdint.h>
#include <string.h>

#include "hal/board.h"
#include "hal/console.h"
#include "hal/cpu.h"
#include "hal/pin.h"
#include "hal/reset.h"
#include "hal/time.h"
#include "hal/uart.h"
#include "hal/unique_id.h"

namespace {

namespace hal = mp::hal;

int failures = 0;

void Write(const char* text) { hal::ConsoleWrite(text, strlen(text)); }

void WriteNumber(uint32_t value) {
  char digits[11];
  int length = 0;
  do {
    digits[length++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  char text[11];
  for (int i = 0; i < length; ++i) text[i] = digits[length - 1 - i];
  hal::ConsoleWrite(text, static_cast<size_t>(length));
}

void Check(bool passed, const char* what) {
  Write(passed ? "ok " : "FAIL ");
  Write(what);
  Write("\n");
  if (!passed) ++failures;
}

void Report(const char* name, uint32_t value) {
  Write(name);
  Write("=");
  WriteNumber(value);
  Write("\n");
}

bool Named(const char* name, int expected) {
  int pin = -1;
  return hal::PinFromName(name, strlen(name), &pin) && pin == expected;
}

void CheckClocks() {
  Report("cpu_hz", hal::CpuFrequencyHz());
  Check(hal::CpuFrequencyHz() >= 16'000'000, "a known core clock");
  Check(hal::SetCpuFrequencyHz(hal::CpuFrequencyHz()), "the current clock");
  Check(!hal::SetCpuFrequencyHz(100'000'000), "no 100 MHz");
}

void CheckTime() {
  uint32_t start_ms = hal::TicksMs();
  uint32_t start_us = hal::TicksUs();
  Write("delay 200 ms\n");
  hal::DelayUs(200'000);
  Write("delay done\n");
  uint32_t elapsed_ms = hal::TicksMs() - start_ms;
  uint32_t elapsed_us = hal::TicksUs() - start_us;
  Report("elapsed_ms", elapsed_ms);
  Report("elapsed_us", elapsed_us);
  // The emulator may fall behind a loaded host and lose ticks, not gain.
  Check(elapsed_ms >= 150 && elapsed_ms <= 210, "TicksMs follows DelayUs");
  Check(elapsed_us >= 150'000 && elapsed_us <= 210'000,
        "TicksUs follows DelayUs");
  bool monotonic = true;
  uint32_t previous = hal::TicksUs();
  uint32_t until = hal::TicksMs() + 20;
  while (static_cast<int32_t>(hal::TicksMs() - until) < 0) {
    uint32_t now = hal::TicksUs();
    if (static_cast<int32_t>(now - previous) < 0) monotonic = false;
    previous = now;
  }
  Check(monotonic, "TicksUs never goes back");
  uint32_t state = hal::DisableInterrupts();
  uint32_t masked_ms = hal::TicksMs();
  hal::DelayUs(3000);
  bool stood_still = hal::TicksMs() == masked_ms;
  hal::RestoreInterrupts(state);
  Check(stood_still, "no ticks while interrupts are masked");
  Check(hal::TicksMs() != masked_ms, "the pending tick after unmasking");
  // Within a tick (1 ms) on the chip; the bound leaves room for an
  // emulator on a busy host.
  uint32_t idle_start = hal::TicksUs();
  hal::Idle();
  Check(hal::TicksUs() - idle_start <= 50'000, "Idle returns");
}

void CheckPins() {
  Check(hal::PinCount() == 144, "144 pins");
  Check(Named("A0", 0) && Named("PB5", 21) && Named("I15", 143), "pin names");
  int pin;
  Check(!hal::PinFromName("J0", 2, &pin) && !hal::PinFromName("X1", 2, &pin),
        "no such pins");
  char name[8];
  hal::PinName(21, name, sizeof(name));
  Check(strcmp(name, "B5") == 0, "B5's name");
  // QEMU 7.2 does not model the GPIO ports: this only shows that the
  // register accesses do not fault.
  hal::PinConfigure(21, hal::PinMode::kOutput, hal::PinPull::kNone);
  hal::PinWrite(21, true);
  Report("b5_reads", hal::PinRead(21));
  hal::PinConfigure(21, hal::PinMode::kInput, hal::PinPull::kUp);
  Check(true, "pin registers");
}

void CheckUarts() {
  Check(!hal::UartExists(0) && hal::UartExists(1) && hal::UartExists(6) &&
            !hal::UartExists(7),
        "ports 1 to 6");
  hal::UartConfig config;
  Check(hal::UartInit(2, config), "USART2 at 115200 8N1");
  config.bits = 7;
  Check(!hal::UartInit(2, config), "no 7 bits without parity");
  config.parity = 2;
  Check(hal::UartInit(2, config), "7 bits with even parity");
  config = hal::UartConfig{};
  config.tx = 0;  // A0 is UART4's, not USART2's
  Check(!hal::UartInit(2, config), "no USART2 on A0");
  config = hal::UartConfig{};
  config.bits = 9;
  Check(hal::UartInit(6, config), "USART6 with 9 bits");
  Check(!hal::UartInit(1, config), "no 9 bits on the console");
  const uint8_t bytes[] = {'h', 'i'};
  hal::UartWrite(2, bytes, sizeof(bytes));
  Check(hal::UartAny(2) == 0 && hal::UartReadByte(2, 5) == -1,
        "nothing received on USART2");
  hal::UartDeinit(2);
  hal::UartDeinit(6);
  Check(hal::UartAny(2) == 0, "USART2 off");
}

// More than the console's 512-byte buffer arrives while nobody reads: the
// receive interrupt pauses, and nothing is lost.
void CheckConsoleInput() {
  constexpr uint32_t kBytes = 1500;
  Write("send ");
  WriteNumber(kBytes);
  Write("\n");
  hal::DelayUs(300'000);
  Report("waiting", hal::UartAny(1));
  Check(hal::UartAny(1) == 512, "the buffer full");
  uint32_t received = 0;
  bool in_order = true;
  for (int c; (c = hal::UartReadByte(1, 200)) >= 0; ++received) {
    if (c != static_cast<int>('a' + received % 26)) in_order = false;
  }
  Report("received", received);
  Check(received == kBytes && in_order, "every byte, in order");
}

bool interrupted = false;
void OnInterrupt() { interrupted = true; }

void CheckInterruptCharacter() {
  hal::ConsoleSetInterrupt(3, &OnInterrupt);
  Write("send ctrl-c\n");
  uint32_t start = hal::TicksMs();
  while (!interrupted && hal::TicksMs() - start < 5000) hal::Idle();
  Check(interrupted, "Ctrl-C calls back");
  Check(hal::UartAny(1) == 0, "Ctrl-C is not input");
  hal::ConsoleSetInterrupt(-1, &OnInterrupt);
  Write("send ctrl-c\n");
  Check(hal::ConsoleReadByte() == 3, "Ctrl-C is input at the prompt");
}

void CheckUniqueId() {
  uint8_t id[12];
  size_t length = hal::UniqueId(id, sizeof(id));
  Report("unique_id_bytes", static_cast<uint32_t>(length));
  Check(length == 0 || length == 12, "a whole id or none");
}

void CheckMemory() {
  hal::MemoryRegion heap = hal::HeapRegion();
  hal::MemoryRegion stack = hal::StackRegion();
  Report("heap_bytes", static_cast<uint32_t>(heap.size));
  Report("stack_bytes", static_cast<uint32_t>(stack.size));
  char here;
  Check(&here > stack.start && &here < stack.start + stack.size,
        "running on the stack region");
  Check(heap.start >= stack.start + stack.size, "the heap above the stack");
  // The heap is plain RAM to its last byte.
  heap.start[0] = 1;
  heap.start[heap.size - 1] = 2;
  Check(heap.start[0] == 1 && heap.start[heap.size - 1] == 2,
        "the heap's ends");
}

[[gnu::noinline]] int Overflow(int depth) {
  volatile char block[256];
  block[0] = static_cast<char>(depth);
  if (block[0] == 0 && depth < 0) return 0;
  return Overflow(depth + 1) + block[0];
}

}  // namespace

int main() {
  hal::BoardInit();
  Write("hal self-test on ");
  Write(hal::BoardMachine());
  Write(" (");
  Write(hal::BoardPort());
  Write(")\n");
  for (;;) {
    Write("command?\n");
    switch (hal::ConsoleReadByte()) {
      case 't':
        failures = 0;
        CheckClocks();
        CheckTime();
        CheckPins();
        CheckUarts();
        CheckUniqueId();
        CheckMemory();
        CheckConsoleInput();
        CheckInterruptCharacter();
        Write(failures == 0 ? "PASS\n" : "FAILED\n");
        break;
      case 'r':
        Write("resetting\n");
        hal::HardReset();
      case 'o':
        Write("overflowing\n");
        Overflow(0);
        break;
      default:
        break;
    }
  }
}
