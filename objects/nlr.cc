#include "objects/nlr.h"

#include <string.h>

#include "objects/state.h"

namespace mp::objects {

void NlrLink(NlrBuf* buf) {
  memset(buf->jump, 0, sizeof(buf->jump));
  buf->exception = Value();
  ThreadState& thread = Thread();
  buf->prev = thread.nlr_top;
  thread.nlr_top = buf;
}

void NlrPop(NlrBuf& buf) { Thread().nlr_top = buf.prev; }

void NlrJump(Value exception) {
  ThreadState& thread = Thread();
  NlrBuf* top = thread.nlr_top;
  if (top == nullptr) {
    Shared().fatal_error("exception raised with no handler");
    __builtin_trap();
  }
  thread.nlr_top = top->prev;
  top->exception = exception;
  __builtin_longjmp(top->jump, 1);
}

}  // namespace mp::objects
