// The board, reset and unique id facades of the test backend.
#include "hal/testing/board.h"

#include <string.h>

#include <cstdlib>

#include "hal/board.h"
#include "hal/reset.h"
#include "hal/unique_id.h"

namespace mp::hal {
namespace {

void (*hard_reset_hook)() = nullptr;
int hard_reset_count = 0;

}  // namespace

void BoardInit() {}
const char* BoardMachine() { return testing::kFakeBoardMachine; }
const char* BoardPort() { return testing::kFakeBoardPort; }
// Tests set up their own heap and stack (objects/testing.cc).
MemoryRegion HeapRegion() { return {nullptr, 0}; }
MemoryRegion StackRegion() { return {nullptr, 0}; }

void HardReset() {
  ++hard_reset_count;
  if (hard_reset_hook != nullptr) hard_reset_hook();
  abort();
}

size_t UniqueId(uint8_t* buffer, size_t capacity) {
  size_t n = sizeof(testing::kFakeUniqueId);
  memcpy(buffer, testing::kFakeUniqueId, capacity < n ? capacity : n);
  return n;
}

namespace testing {

void SetHardResetHook(void (*hook)()) { hard_reset_hook = hook; }
int HardResetCount() { return hard_reset_count; }

}  // namespace testing
}  // namespace mp::hal
