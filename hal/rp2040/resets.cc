// Bringing peripherals out of reset, and bounded waits on status bits.
#include "hal/rp2040/internal.h"
#include "hal/rp2040/registers.h"

namespace mp::hal::rp2040 {

bool WaitForBits(uintptr_t address, uint32_t mask, uint32_t expected,
                 uint32_t limit) {
  for (uint32_t i = 0; i < limit; ++i) {
    if ((Reg(address) & mask) == expected) return true;
  }
  return false;
}

bool Unreset(uint32_t mask) {
  RegClear(kResetsReset, mask);
  return WaitForBits(kResetsResetDone, mask, mask);
}

bool ResetAndUnreset(uint32_t mask) {
  RegSet(kResetsReset, mask);
  return Unreset(mask);
}

}  // namespace mp::hal::rp2040
