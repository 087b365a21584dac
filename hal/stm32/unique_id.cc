// The chip's 96-bit unique id (RM0090 39.1), in the system memory at
// 0x1FFF7A10. QEMU 7.2 maps nothing there, and a plain read would fault; the
// read is a probe, and an id that cannot be read has no bytes (rather than
// made-up ones).
#include "hal/unique_id.h"

#include "hal/stm32/fault.h"

namespace mp::hal {
namespace {

constexpr uintptr_t kUniqueIdAddress = 0x1FFF7A10;
constexpr size_t kUniqueIdBytes = 12;

}  // namespace

size_t UniqueId(uint8_t* buffer, size_t capacity) {
  uint8_t id[kUniqueIdBytes];
  for (size_t word = 0; word < kUniqueIdBytes / 4; ++word) {
    uint32_t value;
    if (!stm32::ProbeRead(kUniqueIdAddress + 4 * word, &value)) return 0;
    for (size_t i = 0; i < 4; ++i) {
      id[4 * word + i] = static_cast<uint8_t>(value >> (8 * i));
    }
  }
  for (size_t i = 0; i < capacity && i < kUniqueIdBytes; ++i) buffer[i] = id[i];
  return kUniqueIdBytes;
}

}  // namespace mp::hal
