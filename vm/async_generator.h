// Async generators (async def with yield): __anext__, asend, athrow and
// aclose each give an awaitable that resumes the generator. A yield in the
// generator's own code finishes the awaitable with the value; an await inside
// it passes what the awaited object yields through to whoever drives it.
#ifndef MP_VM_ASYNC_GENERATOR_H_
#define MP_VM_ASYNC_GENERATOR_H_

#include "vm/generator.h"

namespace mp::vm {

extern const objects::Type kAsyncGeneratorType;
extern const objects::Type kAsyncGeneratorStepType;

// One step of an awaitable from an async generator, as SendTo takes it.
ResumeResult StepAsyncGenerator(Value awaitable, Value sent, Value thrown,
                                Value* result);

}  // namespace mp::vm

#endif  // MP_VM_ASYNC_GENERATOR_H_
