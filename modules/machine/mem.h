// machine.mem8, mem16 and mem32: the address space read and written by
// subscription (machine.mem32[0x40014000] = 1). A bad address faults on a
// board, as in MicroPython: these are for registers and known memory.
#ifndef MP_MODULES_MACHINE_MEM_H_
#define MP_MODULES_MACHINE_MEM_H_

#include <stdint.h>

#include "objects/object.h"

namespace mp::modules {

struct Mem {
  objects::Object base;
  uint8_t width;  // bytes: 1, 2 or 4
};

extern const objects::Type kMemType;
extern const Mem kMem8;
extern const Mem kMem16;
extern const Mem kMem32;

// The low bits of any int (small or big), in two's complement, as an
// address or a value to store.
uintptr_t TruncatedInt(objects::Value value);

}  // namespace mp::modules

#endif  // MP_MODULES_MACHINE_MEM_H_
