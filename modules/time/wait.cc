#include "modules/time/wait.h"

#include "hal/cpu.h"
#include "hal/time.h"
#include "vm/interrupt.h"

namespace mp::modules {
namespace {

// hal::Idle returns within this, so a wait that has less left busy-waits
// the rest instead and ends on time.
constexpr uint64_t kIdleUs = 1000;

}  // namespace

bool WaitFor(uint64_t timeout_us, bool (*ready)(const void* context),
             const void* context) {
  // Counted in steps of at most a millisecond (each hal::Idle), so the
  // 32-bit microsecond counter's wrap-around never hides time passed.
  uint32_t last = hal::TicksUs();
  for (;;) {
    if (ready != nullptr && ready(context)) return true;
    if (vm::g_interrupt_requested) vm::RaiseRequestedInterrupt();
    uint32_t now = hal::TicksUs();
    uint32_t elapsed = now - last;
    last = now;
    if (elapsed >= timeout_us) return false;
    timeout_us -= elapsed;
    if (ready == nullptr && timeout_us < kIdleUs) {
      hal::DelayUs(static_cast<uint32_t>(timeout_us));
      return false;
    }
    hal::Idle();
  }
}

void SleepUs(uint64_t us) { WaitFor(us, nullptr, nullptr); }

}  // namespace mp::modules
