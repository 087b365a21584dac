// What the firmware is running on, in the words MicroPython uses: the board
// and CPU for the REPL's banner and os.uname(), the port for sys.platform.
// Also the memory the interpreter gets: the GC heap is all the RAM that static
// data and the stack leave.
#ifndef MP_HAL_BOARD_H_
#define MP_HAL_BOARD_H_

#include <stddef.h>

namespace mp::hal {

// Sets up clocks and the console; the first thing a firmware's main() calls.
void BoardInit();

// "Raspberry Pi Pico with RP2040", "NetduinoPlus2 with STM32F405RG".
const char* BoardMachine();
// The port: "rp2", "stm32" (sys.platform and os.uname().sysname).
const char* BoardPort();

struct MemoryRegion {
  char* start;
  size_t size;
};

// The RAM between the end of static data and the stack's lowest address.
MemoryRegion HeapRegion();
// The main stack; it grows down from start + size.
MemoryRegion StackRegion();

}  // namespace mp::hal

#endif  // MP_HAL_BOARD_H_
