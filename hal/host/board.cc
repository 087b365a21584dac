// The board, reset and unique id facades on the host: a Linux process, which
// sets up its own heap and stack (platforms/host/main.cc), has no serial
// number, and resets by exiting.
#include "hal/board.h"

#include <stdlib.h>

#include "hal/reset.h"
#include "hal/unique_id.h"

namespace mp::hal {

void BoardInit() {}

// As MicroPython's unix port writes it in its banner.
const char* BoardMachine() { return "linux [GCC " __VERSION__ "] version"; }
const char* BoardPort() { return "linux"; }

MemoryRegion HeapRegion() { return {nullptr, 0}; }
MemoryRegion StackRegion() { return {nullptr, 0}; }

void HardReset() { exit(0); }

size_t UniqueId(uint8_t* /*buffer*/, size_t /*capacity*/) { return 0; }

}  // namespace mp::hal
