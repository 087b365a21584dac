#include "vm/interrupt.h"

#include "objects/exception.h"
#include "objects/nlr.h"

namespace mp::vm {

volatile uint8_t g_interrupt_requested = 0;

void RaiseRequestedInterrupt() {
  g_interrupt_requested = 0;
  objects::NlrJump(
      objects::NewException(&objects::kKeyboardInterruptType, 0, nullptr));
}

}  // namespace mp::vm
