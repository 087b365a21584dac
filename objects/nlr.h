// Non-local return: how a Python exception unwinds C++ frames without C++
// exceptions.
//
//   NlrBuf nlr;
//   if (MP_NLR_PUSH(nlr) == 0) {
//     ... code that may raise ...
//     NlrPop(nlr);
//   } else {
//     ... nlr.exception is what was raised; the buffer is already popped ...
//   }
//
// A raise jumps to the innermost pushed buffer. The frames it crosses must hold
// only trivially destructible locals, which the core's rules guarantee.
#ifndef MP_OBJECTS_NLR_H_
#define MP_OBJECTS_NLR_H_

#include "objects/value.h"

namespace mp::objects {

struct NlrBuf {
  NlrBuf* prev;
  Value exception;
  void* jump[5];
};

void NlrLink(NlrBuf* buf);
void NlrPop(NlrBuf& buf);
[[noreturn]] void NlrJump(Value exception);

// The jump point must be set in the frame that owns the buffer, hence a macro.
#define MP_NLR_PUSH(buf) \
  (::mp::objects::NlrLink(&(buf)), __builtin_setjmp((buf).jump))

}  // namespace mp::objects

#endif  // MP_OBJECTS_NLR_H_
