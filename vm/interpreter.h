// The bytecode interpreter.
#ifndef MP_VM_INTERPRETER_H_
#define MP_VM_INTERPRETER_H_

#include "vm/frame.h"

namespace mp::vm {

// Runs the frame to its return, handling exceptions with its handlers; an
// exception that no handler takes propagates (NlrJump) with this frame added to
// its traceback.
Value Execute(Frame& frame);

}  // namespace mp::vm

#endif  // MP_VM_INTERPRETER_H_
