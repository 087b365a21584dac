// A reset of the whole chip through the Cortex-M0+'s AIRCR.SYSRESETREQ: the
// boot ROM and boot2 run again, as after the reset button.
#include "hal/reset.h"

#include "hal/rp2040/registers.h"

namespace mp::hal {

void HardReset() {
  constexpr uint32_t kVectKey = 0x05fau << 16;
  constexpr uint32_t kSysResetRequest = 1u << 2;
  asm volatile("dsb" ::: "memory");
  rp2040::Reg(rp2040::kAircr) = kVectKey | kSysResetRequest;
  asm volatile("dsb" ::: "memory");
  for (;;) {
    asm volatile("wfi");
  }
}

}  // namespace mp::hal
