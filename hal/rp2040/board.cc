// The Raspberry Pi Pico: what it is called, how it starts, and its memory.
#include "hal/board.h"

#include "hal/rp2040/internal.h"
#include "hal/rp2040/registers.h"

// From the linker script (platforms/rp2040/rp2040.ld).
extern "C" char __heap_start[], __stack_limit[], __stack_top[];

namespace mp::hal {

void BoardInit() {
  rp2040::ClocksInit();
  rp2040::Unreset(rp2040::kResetIoBank0 | rp2040::kResetPadsBank0);
  rp2040::TimeInit();
  rp2040::ConsoleUartInit();
  asm volatile("cpsie i" ::: "memory");
}

const char* BoardMachine() { return "Raspberry Pi Pico with RP2040"; }

const char* BoardPort() { return "rp2"; }

MemoryRegion HeapRegion() {
  return {__heap_start, static_cast<size_t>(__stack_limit - __heap_start)};
}

MemoryRegion StackRegion() {
  return {__stack_limit, static_cast<size_t>(__stack_top - __stack_limit)};
}

}  // namespace mp::hal
