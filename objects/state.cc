#include "objects/state.h"

#include <setjmp.h>
#include <string.h>

#include "objects/exception.h"

namespace mp::objects {
namespace {

constinit ThreadState g_main_thread;

}  // namespace

namespace internal {

constinit SharedState g_shared;
// With threads, this becomes the running thread's (thread-local on the host,
// per core on RP2040); for now there is one.
constinit ThreadState* g_current_thread = &g_main_thread;

}  // namespace internal

namespace {

using internal::g_current_thread;
using internal::g_shared;

// Spilling the registers into a jmp_buf on this frame puts pointers that live
// only in callee-saved registers on the stack, where the scan finds them.
// The buffer is zeroed first: setjmp fills only part of it, and the rest would
// be stale stack words that keep dead objects alive.
__attribute__((noinline)) void ScanStack(gc::Heap& heap) {
  jmp_buf registers;
  memset(&registers, 0, sizeof(registers));
  setjmp(registers);
  const char* bottom = reinterpret_cast<const char*>(&registers);
  const char* top = Thread().stack_top;
  if (top > bottom) heap.MarkRange(bottom, static_cast<size_t>(top - bottom));
}

void ScanRoots(gc::Heap& heap, void* /*context*/) {
  SharedState& shared = Shared();
  shared.qstrs.MarkRoots(heap);
  heap.MarkPointer(shared.memory_error);
  for (size_t i = 0; i < shared.root_range_count; ++i) {
    heap.MarkRange(shared.root_ranges[i].start, shared.root_ranges[i].bytes);
  }
  ScanStack(heap);
}

}  // namespace

void InitRuntime(void* heap_memory, size_t heap_bytes,
                 void (*fatal_error)(const char* message)) {
  // A board's soft reset starts over in the same memory: nothing of the old
  // heap (run-time qstrs, roots, the nlr chain) may survive.
  g_shared.~SharedState();
  new (&g_shared) SharedState();
  *g_current_thread = ThreadState();
  g_shared.fatal_error = fatal_error;
  g_shared.heap.Init(heap_memory, heap_bytes);
  g_shared.heap.SetRootScanner(&ScanRoots, nullptr);
  g_shared.memory_error = NewPreallocatedMemoryError();
}

void SetStackBounds(const void* top, size_t limit) {
  ThreadState& thread = Thread();
  thread.stack_top = static_cast<const char*>(top);
  thread.stack_limit = limit;
}

void AddRootRange(const void* start, size_t bytes) {
  SharedState& shared = Shared();
  if (shared.root_range_count == SharedState::kMaxRootRanges) {
    shared.fatal_error("too many root ranges");
  }
  shared.root_ranges[shared.root_range_count++] = {start, bytes};
}

#if defined(__OPTIMIZE_SIZE__)
void* Allocate(size_t bytes) {
  void* memory = Shared().heap.Allocate(bytes);
  if (memory == nullptr) RaiseMemoryError(bytes);
  return memory;
}
#endif

void* Reallocate(void* memory, size_t new_bytes) {
  void* moved = Shared().heap.Reallocate(memory, new_bytes);
  if (moved == nullptr) RaiseMemoryError(new_bytes);
  return moved;
}

void CheckStack() { CheckStackRoom(0); }

void CheckStackRoom(size_t bytes) {
  const ThreadState& thread = Thread();
  const char* here = static_cast<const char*>(__builtin_frame_address(0));
  if (thread.stack_top - here + static_cast<ptrdiff_t>(bytes) >
      static_cast<ptrdiff_t>(thread.stack_limit)) {
    RaiseRecursionError();
  }
}

void RaiseRecursionError() {
  RaiseMessage(&kRuntimeErrorType, "maximum recursion depth exceeded");
}

const void* StackLowestUsable() {
  const ThreadState& thread = Thread();
  if (thread.stack_top == nullptr) return nullptr;
  return thread.stack_top - thread.stack_limit;
}

__attribute__((noinline)) void ClearStackBelow(size_t bytes) {
  const ThreadState& thread = Thread();
  const char* here = static_cast<const char*>(__builtin_frame_address(0));
  size_t used = static_cast<size_t>(thread.stack_top - here);
  size_t room = thread.stack_limit > used ? (thread.stack_limit - used) / 2 : 0;
  if (bytes > room) bytes = room;
  if (bytes == 0) return;
  auto* below = static_cast<char*>(__builtin_alloca(bytes));
  memset(below, 0, bytes);
  // Keep the compiler from dropping the memset of memory it considers dead.
  asm volatile("" : : "r"(below) : "memory");
}

}  // namespace mp::objects
