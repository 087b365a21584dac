// The time facade on the host: the monotonic clock, counted from the
// program's start.
#include "hal/time.h"

#include <errno.h>
#include <time.h>

namespace mp::hal {
namespace {

uint64_t MonotonicUs() {
  timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return static_cast<uint64_t>(now.tv_sec) * 1000000u +
         static_cast<uint64_t>(now.tv_nsec) / 1000u;
}

const uint64_t start_us = MonotonicUs();

}  // namespace

uint32_t TicksMs() {
  return static_cast<uint32_t>((MonotonicUs() - start_us) / 1000u);
}

uint32_t TicksUs() { return static_cast<uint32_t>(MonotonicUs() - start_us); }

// A sleep rather than a busy wait: the host has no interrupts to race.
void DelayUs(uint32_t us) {
  timespec wait = {static_cast<time_t>(us / 1000000u),
                   static_cast<long>(us % 1000000u) * 1000};
  while (nanosleep(&wait, &wait) != 0 && errno == EINTR) {
  }
}

}  // namespace mp::hal
