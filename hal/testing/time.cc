#include "hal/testing/time.h"

#include "hal/time.h"

namespace mp::hal {
namespace {

uint64_t clock_us = 0;

}  // namespace

uint32_t TicksMs() { return static_cast<uint32_t>(clock_us / 1000); }
uint32_t TicksUs() { return static_cast<uint32_t>(clock_us); }
void DelayUs(uint32_t us) { clock_us += us; }

namespace testing {

uint64_t FakeClockUs() { return clock_us; }
void AdvanceFakeClockUs(uint64_t us) { clock_us += us; }
void SetFakeClockUs(uint64_t us) { clock_us = us; }

}  // namespace testing
}  // namespace mp::hal
