#include "vm/instruction_observer.h"

namespace mp::vm {

namespace internal {
// A global, not per-thread state: only tests install it, before they run code.
InstructionObserver* instruction_observer = nullptr;
}  // namespace internal

void SetInstructionObserver(InstructionObserver* observer) {
  internal::instruction_observer = observer;
}

}  // namespace mp::vm
