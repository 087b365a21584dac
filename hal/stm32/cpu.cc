// The core (hal/cpu.h): its clock, and the NVIC. Sleeping and interrupt
// masking are every Cortex-M's (hal/cortex_m).
#include "hal/cpu.h"

#include "hal/stm32/clocks.h"
#include "hal/stm32/cortex_m.h"
#include "hal/stm32/mmio.h"
#include "hal/stm32/time.h"
#include "hal/stm32/usart.h"

namespace mp::hal {

uint32_t CpuFrequencyHz() { return stm32::Clocks().hclk_hz; }

bool SetCpuFrequencyHz(uint32_t hz) {
  if (hz == stm32::Clocks().hclk_hz) return true;
  // Characters still shifting out would change speed half-way.
  for (int port = 1; port <= stm32::kUsartCount; ++port) {
    if (stm32::UsartEnabled(port)) stm32::UsartFlush(port);
  }
  bool switched = stm32::SwitchSysclk(hz);
  stm32::StartSysTick(stm32::Clocks().hclk_hz);
  stm32::UsartsFollowClocks();
  return switched;
}

namespace stm32 {

void ModifyRegister(uintptr_t address, uint32_t clear, uint32_t set) {
  uint32_t state = DisableInterrupts();
  Reg(address) = (Reg(address) & ~clear) | set;
  RestoreInterrupts(state);
}

namespace nvic {
namespace {

constexpr uintptr_t kIser = 0xE000E100;  // set-enable, 32 IRQs per word
constexpr uintptr_t kIcer = 0xE000E180;  // clear-enable

}  // namespace

void EnableIrq(int irq) { Reg(kIser + 4 * (irq / 32)) = 1u << (irq % 32); }

void DisableIrq(int irq) {
  Reg(kIcer + 4 * (irq / 32)) = 1u << (irq % 32);
  // The interrupt may still be taken until the write completes.
  asm volatile("dsb\n\tisb" ::: "memory");
}

}  // namespace nvic
}  // namespace stm32
}  // namespace mp::hal
