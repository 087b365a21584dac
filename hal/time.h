// Time: free-running tick counters and short waits. time.ticks_ms(),
// ticks_us(), sleep_ms() and sleep_us() are built on these.
#ifndef MP_HAL_TIME_H_
#define MP_HAL_TIME_H_

#include <stdint.h>

namespace mp::hal {

// Milliseconds and microseconds since start-up; they wrap around at 2**32
// (time's ticks_* functions keep the low 30 bits, as MicroPython does).
uint32_t TicksMs();
uint32_t TicksUs();

// Waits `us` microseconds with the core busy: for short, exact delays.
void DelayUs(uint32_t us);

}  // namespace mp::hal

#endif  // MP_HAL_TIME_H_
