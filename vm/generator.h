// Generators and coroutines: a function whose code yields runs in a frame on
// the heap, which keeps its slots, stack and handlers between resumptions.
#ifndef MP_VM_GENERATOR_H_
#define MP_VM_GENERATOR_H_

#include "vm/frame.h"
#include "vm/function.h"

namespace mp::vm {

extern const objects::Type kGeneratorType;
extern const objects::Type kCoroutineType;

enum class GeneratorState : uint8_t { kCreated, kSuspended, kRunning, kDone };

struct Generator {
  objects::Object base;
  GeneratorState state;
  Frame* frame;  // in the same allocation, after this header
};

// A suspended generator (or coroutine) for a call of `function`, whose
// arguments are bound into its frame.
Value NewGenerator(const Function& function, size_t n_args, size_t n_kw,
                   const Value* args);

enum class ResumeResult : uint8_t { kYielded, kReturned };

// Runs the generator until it yields or returns, sending `sent` in (None to
// start it), or raising `thrown` (when not null) where it stopped. *result gets
// the value yielded or returned. Exceptions that leave the generator
// propagate.
ResumeResult Resume(Generator* generator, Value sent, Value thrown,
                    Value* result);

// Raises StopIteration carrying a generator's return value (none for None).
[[noreturn]] void RaiseStopIteration(Value value);

// Whether `value` is a generator or a coroutine made by this module.
bool IsGenerator(Value value);

// The next step of `yield from`/`await` on `iterator`: sends `sent` to it (or
// raises `thrown` in it), as Resume does, for any iterator.
ResumeResult SendTo(Value iterator, Value sent, Value thrown, Value* result);

}  // namespace mp::vm

#endif  // MP_VM_GENERATOR_H_
