// machine.unique_id(): the RP2040 has no serial number of its own, so, as
// MicroPython does, the id is the flash chip's 64-bit unique id. boot2 reads
// it (command 0x4B) before it turns on execute-in-place, into 8 bytes of RAM
// that the linker script reserves. Under rp2040js boot2 does not run, and the
// id is what the emulator's RAM held: zeros.
#include "hal/unique_id.h"

#include <string.h>

extern "C" const uint8_t __flash_unique_id[8];

namespace mp::hal {

size_t UniqueId(uint8_t* buffer, size_t capacity) {
  constexpr size_t kIdBytes = sizeof(__flash_unique_id);
  memcpy(buffer, __flash_unique_id, capacity < kIdBytes ? capacity : kIdBytes);
  return kIdBytes;
}

}  // namespace mp::hal
