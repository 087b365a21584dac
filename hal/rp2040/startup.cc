// Start-up: the vector table that follows boot2 at 0x10000100, the reset
// handler (initial .data, zeroed .bss, then main), and what runs for faults
// and interrupts that nothing handles.
#include <stdint.h>
#include <string.h>

#include "hal/console.h"
#include "hal/reset.h"
#include "hal/rp2040/registers.h"

// From the linker script (platforms/rp2040/rp2040.ld).
extern "C" {
extern char __stack_top[];
extern uint32_t __data_start[], __data_end[], __data_load[];
extern uint32_t __bss_start[], __bss_end[];
extern void (*__init_array_start[])();
extern void (*__init_array_end[])();
}

int main();

extern "C" {
[[noreturn]] void ResetHandler();
// HardFault, and every exception or interrupt that has no handler.
void FaultHandler();
// The handlers of the other files.
void SysTickHandler();
void Uart0Handler();
void Uart1Handler();
}

namespace {

using Handler = void (*)();

// The Cortex-M0+ table: the initial stack pointer, 15 system exceptions
// (numbered from 1), then the RP2040's 26 interrupts (datasheet, section
// 2.3.2).
struct VectorTable {
  void* initial_stack;
  Handler exceptions[15];
  Handler interrupts[mp::hal::rp2040::kIrqCount];
};

constexpr int kExceptionReset = 1;
constexpr int kExceptionSysTick = 15;

constexpr VectorTable MakeVectorTable() {
  VectorTable table = {__stack_top, {}, {}};
  for (Handler& handler : table.exceptions) handler = &FaultHandler;
  for (Handler& handler : table.interrupts) handler = &FaultHandler;
  table.exceptions[kExceptionReset - 1] = &ResetHandler;
  table.exceptions[kExceptionSysTick - 1] = &SysTickHandler;
  table.interrupts[mp::hal::rp2040::kIrqUart0] = &Uart0Handler;
  table.interrupts[mp::hal::rp2040::kIrqUart1] = &Uart1Handler;
  return table;
}

[[gnu::section(".vectors"), gnu::used]] constexpr VectorTable kVectorTable =
    MakeVectorTable();

void WriteText(const char* text) {
  mp::hal::ConsoleWriteError(text, strlen(text));
}

void WriteHex(uint32_t value) {
  char digits[11] = {'0', 'x'};
  for (int i = 0; i < 8; ++i) {
    digits[2 + i] = "0123456789abcdef"[(value >> (28 - 4 * i)) & 0xf];
  }
  digits[10] = '\0';
  WriteText(digits);
}

}  // namespace

extern "C" {

[[noreturn]] void ResetHandler() {
  // boot2 has set VTOR and the stack pointer; the runner of the emulator
  // does the same.
  for (uint32_t *from = __data_load, *to = __data_start; to < __data_end;) {
    *to++ = *from++;
  }
  for (uint32_t* word = __bss_start; word < __bss_end;) *word++ = 0;
  for (auto* constructor = __init_array_start; constructor < __init_array_end;
       ++constructor) {
    (*constructor)();
  }
  main();
  mp::hal::HardReset();
}

// The stacked registers of the faulting code: r0-r3, r12, lr, pc, xPSR.
[[noreturn]] void ReportFault(const uint32_t* frame) {
  uint32_t exception;
  asm volatile("mrs %0, ipsr" : "=r"(exception));
  exception &= 0x3f;
  WriteText(exception == 3 ? "\r\nFATAL: HardFault" : "\r\nFATAL: exception ");
  if (exception != 3) WriteHex(exception);
  WriteText(" at pc=");
  WriteHex(frame[6]);
  WriteText(" lr=");
  WriteHex(frame[5]);
  WriteText("; resetting\r\n");
  mp::hal::HardReset();
}

// Finds the frame on the stack the exception used (bit 2 of EXC_RETURN) and
// reports it. Naked: no prologue may move the stack pointer first.
[[gnu::naked]] void FaultHandler() {
  asm volatile(
      "movs r0, #4\n"
      "mov r1, lr\n"
      "tst r0, r1\n"
      "beq 1f\n"
      "mrs r0, psp\n"
      "bl ReportFault\n"
      "1:\n"
      "mrs r0, msp\n"
      "bl ReportFault\n");
}

}  // extern "C"
