// The bytecode interpreter.
#ifndef MP_VM_INTERPRETER_H_
#define MP_VM_INTERPRETER_H_

#include "vm/frame.h"

namespace mp::vm {

// Runs the frame to its return, handling exceptions with its handlers; an
// exception that no handler takes propagates (NlrJump) with this frame added to
// its traceback.
//
// A generator's frame also returns when it yields (frame.yielded is then set),
// and resumes where it stopped. `thrown`, when not null, is raised at the
// frame's current instruction before anything runs (generator.throw()). An
// exception that leaves the frame sets frame.ip to null: the frame is done.
Value Execute(Frame& frame, Value thrown = Value());

// The innermost frame that Execute is running, or null outside Python code.
Frame* CurrentFrame();

}  // namespace mp::vm

#endif  // MP_VM_INTERPRETER_H_
