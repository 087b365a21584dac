// The HardFault handler: a load that ProbeRead expects to fail is skipped;
// anything else is a crash, reported on the console before a reset. Bus,
// usage and memory faults are not enabled on their own, so they all arrive
// here.
#include "hal/stm32/fault.h"

#include <string.h>

#include "hal/console.h"
#include "hal/reset.h"
#include "hal/stm32/cortex_m.h"
#include "hal/stm32/interrupts.h"
#include "hal/stm32/mmio.h"

namespace mp::hal::stm32 {
namespace {

constinit volatile bool probing = false;
constinit volatile bool probe_failed = false;

// The exception frame the core pushed: r0-r3, r12, lr, pc, xpsr.
constexpr int kFramePc = 6;

void WriteText(const char* text) { ConsoleWriteError(text, strlen(text)); }

void WriteHex(const char* label, uint32_t value) {
  char text[11] = {'0', 'x'};
  for (int i = 0; i < 8; ++i) {
    text[2 + i] = "0123456789abcdef"[(value >> (28 - 4 * i)) & 0xF];
  }
  WriteText(label);
  ConsoleWriteError(text, 10);
}

// Thumb-2: a first halfword 0b11101..., 0b11110... or 0b11111... starts a
// 32-bit instruction.
uint32_t InstructionSize(uint32_t pc) {
  uint16_t first = *reinterpret_cast<const uint16_t*>(pc);
  return (first >> 11) >= 0x1D ? 4 : 2;
}

}  // namespace

bool ProbeRead(uintptr_t address, uint32_t* value) {
  probe_failed = false;
  probing = true;
  uint32_t word = Reg(address);
  probing = false;
  if (probe_failed) return false;
  *value = word;
  return true;
}

void Crash(const char* what, const uint32_t* frame) {
  WriteText("\r\n");
  WriteText(what);
  uint32_t exception;
  asm volatile("mrs %0, ipsr" : "=r"(exception));
  WriteHex(" exception=", exception & 0x1FF);
  if (frame != nullptr) WriteHex(" pc=", frame[kFramePc]);
  WriteHex(" cfsr=", Reg(scb::kCfsr));
  WriteHex(" hfsr=", Reg(scb::kHfsr));
  WriteText("\r\n");
  HardReset();
}

}  // namespace mp::hal::stm32

extern "C" void HardFaultWithFrame(uint32_t* frame) {
  using namespace mp::hal::stm32;
  if (probing && (Reg(scb::kCfsr) & scb::kCfsrPreciseBusError) != 0) {
    frame[kFramePc] += InstructionSize(frame[kFramePc]);
    probe_failed = true;
    // The status bits are write-one-to-clear.
    Reg(scb::kCfsr) = Reg(scb::kCfsr);
    Reg(scb::kHfsr) = Reg(scb::kHfsr);
    return;
  }
  // A frame that could not be pushed is no frame: the stack ran out.
  if ((Reg(scb::kCfsr) &
       (scb::kCfsrBusStackingError | scb::kCfsrMemStackingError)) != 0) {
    Crash("HardFault (stack overflow)", nullptr);
  }
  Crash("HardFault", frame);
}

// Finds the stack the core pushed the frame on (bit 2 of EXC_RETURN) and
// passes it on, keeping lr for the return.
extern "C" [[gnu::naked]] void HardFaultHandler() {
  asm volatile(
      "tst lr, #4\n\t"
      "ite eq\n\t"
      "mrseq r0, msp\n\t"
      "mrsne r0, psp\n\t"
      "b HardFaultWithFrame\n\t");
}
