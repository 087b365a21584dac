// Waiting with the core idle, where Ctrl-C still interrupts: time.sleep and
// its kin, and machine.UART's timeouts.
#ifndef MP_MODULES_TIME_WAIT_H_
#define MP_MODULES_TIME_WAIT_H_

#include <stdint.h>

namespace mp::modules {

// Waits `us` microseconds. Raises KeyboardInterrupt when Ctrl-C comes.
void SleepUs(uint64_t us);

// Waits up to `timeout_us` for ready(context) to hold, checking it each time
// an interrupt wakes the core; returns whether it held. Raises
// KeyboardInterrupt when Ctrl-C comes.
bool WaitFor(uint64_t timeout_us, bool (*ready)(const void* context),
             const void* context);

}  // namespace mp::modules

#endif  // MP_MODULES_TIME_WAIT_H_
