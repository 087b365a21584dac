// Start-up: the vector table the core reads at reset (the initial stack
// pointer, then the handlers), and the reset handler that prepares memory
// for C++ and calls main().
//
// Two stacks: main() runs on the process stack (PSP, the linker script's
// _stack_bottom.._stack_top), exceptions and interrupts on the main stack
// (MSP, a small one of their own above it). When Python code overflows its
// stack into the unmapped addresses below the SRAM, the HardFault handler
// still has a stack to report it on and reset; with one stack the core
// would lock up.
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <array>

#include "hal/stm32/cortex_m.h"
#include "hal/stm32/fault.h"
#include "hal/stm32/interrupts.h"
#include "hal/stm32/mmio.h"

// From the linker script (platforms/stm32f405/stm32f405.ld).
extern "C" {
extern uint32_t _handler_stack_top[];
extern uint32_t _data_load[];
extern uint32_t _data_start[];
extern uint32_t _data_end[];
extern uint32_t _bss_start[];
extern uint32_t _bss_end[];
extern void (*__init_array_start[])();
extern void (*__init_array_end[])();
}

int main();

namespace {

using Handler = void (*)();

constexpr int kExceptionCount = 15;  // after the stack pointer

// Anything without a handler of its own: an exception or interrupt nobody
// enabled, so a crash.
void UnexpectedHandler() {
  mp::hal::stm32::Crash("Unexpected exception", nullptr);
}

// ARMv7-M B1.5.2: 1 reset, 2 NMI, 3 HardFault, 4 MemManage, 5 BusFault,
// 6 UsageFault, 11 SVCall, 12 DebugMonitor, 14 PendSV, 15 SysTick; the rest
// reserved.
constexpr std::array<Handler, kExceptionCount> Exceptions() {
  std::array<Handler, kExceptionCount> table{};
  for (Handler& handler : table) handler = &UnexpectedHandler;
  for (int reserved : {7, 8, 9, 10, 13}) table[reserved - 1] = nullptr;
  table[1 - 1] = &ResetHandler;
  table[3 - 1] = &HardFaultHandler;
  table[15 - 1] = &SysTickHandler;
  return table;
}

constexpr std::array<Handler, mp::hal::stm32::nvic::kIrqCount> Interrupts() {
  namespace nvic = mp::hal::stm32::nvic;
  std::array<Handler, nvic::kIrqCount> table{};
  for (Handler& handler : table) handler = &UnexpectedHandler;
  table[nvic::kUsart1] = &Usart1Handler;
  table[nvic::kUsart2] = &Usart2Handler;
  table[nvic::kUsart3] = &Usart3Handler;
  table[nvic::kUart4] = &Uart4Handler;
  table[nvic::kUart5] = &Uart5Handler;
  table[nvic::kUsart6] = &Usart6Handler;
  return table;
}

struct VectorTable {
  uint32_t* initial_stack_pointer;
  std::array<Handler, kExceptionCount> exceptions;
  std::array<Handler, mp::hal::stm32::nvic::kIrqCount> interrupts;
};

// The linker script puts this section at the start of flash (0x08000000),
// which the chip maps at 0 when it boots from flash.
[[gnu::section(".isr_vector"),
  gnu::used]] constinit const VectorTable kVectorTable = {
    _handler_stack_top, Exceptions(), Interrupts()};

}  // namespace

// Thread mode moves to the process stack (CONTROL.SPSEL) before any C++ code
// has a frame on the main stack.
extern "C" [[gnu::naked]] void ResetHandler() {
  asm volatile(
      "movw r0, #:lower16:_stack_top\n\t"
      "movt r0, #:upper16:_stack_top\n\t"
      "msr psp, r0\n\t"
      "movs r0, #2\n\t"
      "msr control, r0\n\t"
      "isb\n\t"
      "b StartFirmware\n\t");
}

extern "C" [[noreturn, gnu::used]] void StartFirmware() {
  using namespace mp::hal::stm32;
  // The FPU first: the compiler may use its registers anywhere, memcpy
  // included.
  Reg(scb::kCpacr) |= scb::kCpacrFullAccessCp10Cp11;
  asm volatile("dsb\n\tisb" ::: "memory");
  memcpy(_data_start, _data_load,
         static_cast<size_t>(_data_end - _data_start) * sizeof(uint32_t));
  memset(_bss_start, 0,
         static_cast<size_t>(_bss_end - _bss_start) * sizeof(uint32_t));
  // The core has no static constructors (platforms/core_freestanding_test.sh
  // checks); this runs whatever a board library may add.
  for (void (**constructor)() = __init_array_start;
       constructor != __init_array_end; ++constructor) {
    (*constructor)();
  }
  main();
  mp::hal::stm32::Crash("main returned", nullptr);
}
