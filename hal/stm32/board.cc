// The board (hal/board.h): the STM32F405 as QEMU's netduinoplus2 machine
// emulates it, with the memory map of platforms/stm32f405/stm32f405.ld.
#include "hal/board.h"

#include "hal/stm32/clocks.h"
#include "hal/stm32/console.h"
#include "hal/stm32/time.h"

// From the linker script.
extern "C" {
extern char _stack_bottom[];
extern char _stack_top[];
extern char _heap_start[];
extern char _heap_end[];
}

namespace mp::hal {

void BoardInit() {
  stm32::StartClocks();
  stm32::StartSysTick(stm32::Clocks().hclk_hz);
  stm32::StartConsole();
}

const char* BoardMachine() { return "NetduinoPlus2 with STM32F405RG"; }

const char* BoardPort() { return "stm32"; }

MemoryRegion HeapRegion() {
  return MemoryRegion{_heap_start,
                      static_cast<size_t>(_heap_end - _heap_start)};
}

MemoryRegion StackRegion() {
  return MemoryRegion{_stack_bottom,
                      static_cast<size_t>(_stack_top - _stack_bottom)};
}

}  // namespace mp::hal
