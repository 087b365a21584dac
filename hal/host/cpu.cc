// The cpu facade on the host: the clock is not known, idling is a short
// sleep, and a process has no interrupts to mask.
#include "hal/cpu.h"

#include <time.h>

namespace mp::hal {

uint32_t CpuFrequencyHz() { return 0; }
bool SetCpuFrequencyHz(uint32_t /*hz*/) { return false; }

// A signal (SIGINT) ends the sleep early, so Ctrl-C is seen at once.
void Idle() {
  timespec millisecond = {0, 1000 * 1000};
  nanosleep(&millisecond, nullptr);
}

uint32_t DisableInterrupts() { return 0; }
void RestoreInterrupts(uint32_t /*state*/) {}

}  // namespace mp::hal
