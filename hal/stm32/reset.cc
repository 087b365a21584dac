// A hard reset (hal/reset.h) through the core's system reset request, which
// resets the whole chip as the reset pin does. Under QEMU the machine
// restarts with the image loaded again.
#include "hal/reset.h"

#include "hal/stm32/cortex_m.h"
#include "hal/stm32/mmio.h"

namespace mp::hal {

void HardReset() {
  asm volatile("dsb" ::: "memory");
  // The priority grouping is kept, as the register asks.
  stm32::Reg(stm32::scb::kAircr) =
      (stm32::Reg(stm32::scb::kAircr) & stm32::scb::kAircrPriorityGroup) |
      stm32::scb::kAircrSysResetRequest;
  asm volatile("dsb" ::: "memory");
  for (;;) {
  }
}

}  // namespace mp::hal
