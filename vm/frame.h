// The state of one running function: its slots, its value stack and its
// handlers. Frames live on the C stack (sized exactly from the code), so calls
// allocate nothing on the heap.
#ifndef MP_VM_FRAME_H_
#define MP_VM_FRAME_H_

#include <stddef.h>
#include <stdint.h>

#include "compiler/raw_code.h"
#include "objects/map.h"
#include "objects/value.h"

namespace mp::vm {

using objects::Value;

struct ExceptionHandler {
  uint32_t target;  // bytecode offset of the handler
  uint32_t depth;   // stack depth when it was set up
  // The exception being handled when the try began: what an except clause
  // restores on leaving, even when an inner clause was left by an exception.
  Value previous;
};

struct Frame {
  const compiler::RawCode* code;
  objects::Map* globals;
  // Where LoadName and StoreName look first: the globals for module code, the
  // class namespace for a class body.
  objects::Map* locals;
  const uint8_t*
      ip;  // the instruction being run (for line numbers and resuming)
  Value* sp;
  Value handled_exception;  // the exception an except clause is handling, for a
                            // bare raise
  bool reraising;  // the next exception is a re-raise: no new traceback entry
  bool yielded;    // Run returned because a generator yielded, not returned
  uint16_t handler_count;
  ExceptionHandler* handlers;
  Value* stack;
  Value slots[];

  static size_t BytesFor(const compiler::RawCode& code) {
    return sizeof(Frame) + (code.n_slots + code.max_stack) * sizeof(Value) +
           code.max_handlers * sizeof(ExceptionHandler);
  }
  // Lays out a frame in `memory` (BytesFor(code) bytes, zeroed).
  static Frame* Init(void* memory, const compiler::RawCode& code,
                     objects::Map* globals) {
    auto* frame = static_cast<Frame*>(memory);
    frame->code = &code;
    frame->globals = globals;
    frame->locals = globals;
    frame->ip = code.bytecode;
    frame->stack = frame->slots + code.n_slots;
    frame->sp = frame->stack;
    frame->handlers =
        reinterpret_cast<ExceptionHandler*>(frame->stack + code.max_stack);
    return frame;
  }
};

}  // namespace mp::vm

#endif  // MP_VM_FRAME_H_
