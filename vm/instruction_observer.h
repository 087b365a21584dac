// A test's view of the interpreter at work. In the library built with
// MP_VM_INSTRUCTION_OBSERVER defined (//vm:vm_instrumented, for tests only),
// the dispatch loop reports each instruction it starts and each exception that
// reaches a frame; in the normal build the hooks compile to nothing, so they
// cost nothing.
#ifndef MP_VM_INSTRUCTION_OBSERVER_H_
#define MP_VM_INSTRUCTION_OBSERVER_H_

#include <stdint.h>

#include "vm/frame.h"

namespace mp::vm {

class InstructionObserver {
 public:
  // The instruction at `ip` is about to run, with the value stack's top at
  // `sp` (frame.sp is not kept up to date while the loop runs).
  virtual void BeforeInstruction(const Frame& frame, const uint8_t* ip,
                                 const Value* sp) = 0;
  // An exception reached the frame: whatever runs next in it (a handler) does
  // not follow from the instruction before.
  virtual void ExceptionCaught(const Frame& frame) = 0;

 protected:
  ~InstructionObserver() = default;
};

// Installs the observer (null for none). Only the instrumented library
// defines it.
void SetInstructionObserver(InstructionObserver* observer);

namespace internal {
extern InstructionObserver* instruction_observer;
}  // namespace internal

}  // namespace mp::vm

#ifdef MP_VM_INSTRUCTION_OBSERVER
#define MP_VM_OBSERVE_INSTRUCTION(frame, ip, sp)                             \
  do {                                                                       \
    if (::mp::vm::internal::instruction_observer != nullptr) {               \
      ::mp::vm::internal::instruction_observer->BeforeInstruction(frame, ip, \
                                                                  sp);       \
    }                                                                        \
  } while (0)
#define MP_VM_OBSERVE_EXCEPTION(frame)                                  \
  do {                                                                  \
    if (::mp::vm::internal::instruction_observer != nullptr) {          \
      ::mp::vm::internal::instruction_observer->ExceptionCaught(frame); \
    }                                                                   \
  } while (0)
#else
#define MP_VM_OBSERVE_INSTRUCTION(frame, ip, sp) ((void)0)
#define MP_VM_OBSERVE_EXCEPTION(frame) ((void)0)
#endif

#endif  // MP_VM_INSTRUCTION_OBSERVER_H_
