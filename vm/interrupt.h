// Ctrl-C in running code: a request that a signal handler (the host's SIGINT)
// or a board's console interrupt routine makes, and that the dispatch loop
// turns into KeyboardInterrupt at the next backward jump, so that any loop can
// be interrupted without a check in each instruction.
#ifndef MP_VM_INTERRUPT_H_
#define MP_VM_INTERRUPT_H_

#include <stdint.h>

namespace mp::vm {

// Nonzero while a KeyboardInterrupt waits to be raised.
extern volatile uint8_t g_interrupt_requested;

// Safe in a signal handler or an interrupt routine: only stores a byte.
inline void RequestKeyboardInterrupt() { g_interrupt_requested = 1; }
// Drops a request that came too late to stop anything (the code finished).
inline void ClearKeyboardInterrupt() { g_interrupt_requested = 0; }

// Clears the request and raises KeyboardInterrupt.
[[noreturn]] void RaiseRequestedInterrupt();

}  // namespace mp::vm

#endif  // MP_VM_INTERRUPT_H_
