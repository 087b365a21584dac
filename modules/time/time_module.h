// The time module, as MicroPython has it: sleep, sleep_ms, sleep_us, the
// ticks_* counters with their wrap-around arithmetic, time and time_ns.
#ifndef MP_MODULES_TIME_TIME_MODULE_H_
#define MP_MODULES_TIME_TIME_MODULE_H_

#include <stdint.h>

#include "objects/value.h"

namespace mp::modules {

objects::Value MakeTimeModule();

// A clock of the date: nanoseconds since 1970-01-01 UTC.
using WallClockFn = int64_t (*)();

// The clock that time.time() and time.time_ns() read. A program that has one
// (the host's) sets it before the first import; then time() is a float of
// seconds since 1970, as on MicroPython's unix port. Without one (the boards,
// which have no RTC set up) time() counts whole seconds since start-up, as a
// board with an RTC that nobody has set does.
void SetWallClock(WallClockFn clock);

}  // namespace mp::modules

#endif  // MP_MODULES_TIME_TIME_MODULE_H_
