// The test backend's board: its names, a fixed unique id, and a hard reset
// that calls a hook the test sets (the facade's HardReset never returns, so
// the hook must leave by raising or jumping; with none, the test aborts).
#ifndef MP_HAL_TESTING_BOARD_H_
#define MP_HAL_TESTING_BOARD_H_

#include <stdint.h>

namespace mp::hal::testing {

inline constexpr char kFakeBoardMachine[] = "Test board with fake hal";
inline constexpr char kFakeBoardPort[] = "testing";
inline constexpr uint8_t kFakeUniqueId[8] = {0xE6, 0x61, 0x38, 0x52,
                                             0x83, 0x4A, 0x21, 0x2F};

// Called by hal::HardReset; it must not return.
void SetHardResetHook(void (*hook)());
// How many times hal::HardReset was called.
int HardResetCount();

}  // namespace mp::hal::testing

#endif  // MP_HAL_TESTING_BOARD_H_
