// The interpreter's state: what all threads share (the heap, the qstrs, the
// roots), and what each thread owns (its chain of NlrBufs, its stack bounds).
// Nothing else in the core keeps mutable globals; the layers above register
// their roots here.
#ifndef MP_OBJECTS_STATE_H_
#define MP_OBJECTS_STATE_H_

#include <stddef.h>
#include <stdint.h>

#include <new>

#include "gc/heap.h"
#include "objects/qstr.h"
#include "objects/value.h"

namespace mp::objects {

struct NlrBuf;
struct Object;

struct ThreadState {
  NlrBuf* nlr_top = nullptr;
  // The stack grows down from stack_top; RuntimeError once more than
  // stack_limit is used.
  const char* stack_top = nullptr;
  size_t stack_limit = 0;
  // The innermost frame running Python code (a vm::Frame, opaque here), for
  // globals(), locals() and eval(); null outside any.
  void* python_frame = nullptr;
};

struct SharedState {
  static constexpr size_t kMaxRootRanges = 8;
  struct RootRange {
    const void* start;
    size_t bytes;
  };

  gc::Heap heap;
  QstrPool qstrs;
  RootRange root_ranges[kMaxRootRanges] = {};
  size_t root_range_count = 0;
  // Called when an exception is raised with no handler at all; must not return.
  void (*fatal_error)(const char* message) = nullptr;
  // Preallocated, so that running out of memory can still be reported.
  Object* memory_error = nullptr;
};

namespace internal {
// Reached through Shared() and Thread(), which are inline because the
// interpreter asks for them on every call.
extern SharedState g_shared;
extern ThreadState* g_current_thread;
}  // namespace internal

inline SharedState& Shared() { return internal::g_shared; }
inline ThreadState& Thread() { return *internal::g_current_thread; }

// Sets up the heap in `heap_memory` and the static state, before anything
// else; calling it again starts over (a soft reset).
void InitRuntime(void* heap_memory, size_t heap_bytes,
                 void (*fatal_error)(const char* message));
// Records the running thread's stack: `top` is an address in the outermost
// frame that holds Python values, and `limit` how many bytes below it Python
// code may use.
void SetStackBounds(const void* top, size_t limit);
// Keeps everything that the words in [start, start + bytes) point to alive.
void AddRootRange(const void* start, size_t bytes);

// Allocation from the GC heap; these raise MemoryError instead of returning
// null.
[[noreturn]] void RaiseMemoryError(size_t requested_bytes);
#if defined(__OPTIMIZE_SIZE__)
// Out of line where size matters (the firmware is built with -Os): the heap's
// inline fast path is then written once, not at every allocation site.
void* Allocate(size_t bytes);
#else
// Inline elsewhere: the call costs ~10% of a float-heavy loop.
inline void* Allocate(size_t bytes) {
  void* memory = Shared().heap.Allocate(bytes);
  if (memory == nullptr) RaiseMemoryError(bytes);
  return memory;
}
#endif
void* Reallocate(void* memory, size_t new_bytes);
inline void Free(void* memory) { Shared().heap.Free(memory); }

// A zeroed T with `extra_bytes` after it (for trailing arrays). The heap
// zeroes memory already: default-initialising leaves it so.
template <typename T>
T* New(size_t extra_bytes = 0) {
  return new (Allocate(sizeof(T) + extra_bytes)) T;
}

// Raises RuntimeError("maximum recursion depth exceeded") when the stack is
// nearly used up, or (CheckStackRoom) cannot give `bytes` more, as a frame
// about to be allocated on it needs.
void CheckStack();
void CheckStackRoom(size_t bytes);
// That RuntimeError, for code that checks its stack its own way (the parser,
// which knows nothing of objects, reports ErrorKind::kTooDeep).
[[noreturn]] void RaiseRecursionError();
// The lowest stack address that CheckStack allows the running thread (null
// when its bounds are not set).
const void* StackLowestUsable();

// Zeroes up to `bytes` of the unused stack below the caller (less when the
// stack has less room). Frames created there next start with no stale words,
// which the conservative collector would take for pointers: call it before
// starting frames that live long.
void ClearStackBelow(size_t bytes);

}  // namespace mp::objects

#endif  // MP_OBJECTS_STATE_H_
