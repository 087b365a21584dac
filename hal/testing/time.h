// The test backend's clock: it stands still until a test advances it, or the
// code waits (DelayUs advances it by the wait, hal::Idle by a millisecond), so
// that sleeping takes no real time and tests see exact durations.
#ifndef MP_HAL_TESTING_TIME_H_
#define MP_HAL_TESTING_TIME_H_

#include <stdint.h>

namespace mp::hal::testing {

// Microseconds since the test program started, as the fake clock counts.
uint64_t FakeClockUs();
void AdvanceFakeClockUs(uint64_t us);
void SetFakeClockUs(uint64_t us);

}  // namespace mp::hal::testing

#endif  // MP_HAL_TESTING_TIME_H_
