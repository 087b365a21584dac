// The garbage-collected heap: one contiguous region, allocated in blocks of
// four machine words, reclaimed by mark-sweep. Marking is conservative: any
// word that points into a live allocation (at its start or inside it) keeps
// that allocation alive, so C++ code may hold plain pointers.
//
// The heap knows nothing about objects or threads. At each collection it calls
// the root scanner that the layer above installed; the scanner marks the roots
// (globals, the C stack and registers) with MarkRange/MarkPointer.
#ifndef MP_GC_HEAP_H_
#define MP_GC_HEAP_H_

#include <stddef.h>
#include <stdint.h>

namespace mp::gc {

inline constexpr size_t kBytesPerBlock = 4 * sizeof(void*);

class Heap {
 public:
  using RootScanner = void (*)(Heap& heap, void* context);

  struct Stats {
    size_t total_bytes;  // the bytes that allocations can use
    size_t used_bytes;
    size_t free_bytes;
    size_t largest_free_bytes;  // the largest allocation that would succeed now
  };

  Heap() = default;
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // Takes over `bytes` of `memory` (any alignment) for the allocation table and
  // the blocks.
  void Init(void* memory, size_t bytes);
  void SetRootScanner(RootScanner scanner, void* context);

  // Returns zeroed memory, or nullptr when none is left even after a
  // collection.
  void* Allocate(size_t bytes);
  // Grows or shrinks in place when it can, moves otherwise. Returns nullptr
  // (and leaves `ptr` as it was) when no memory is left. Reallocate(nullptr, n)
  // is Allocate(n).
  void* Reallocate(void* ptr, size_t new_bytes);
  // Gives the allocation back at once; the next collection would find it
  // anyway.
  void Free(void* ptr);

  void Collect();
  // During a collection (from the root scanner): marks what the words in a
  // range point to.
  void MarkRange(const void* start, size_t bytes);
  void MarkPointer(const void* ptr);

  // While disabled, allocation fails instead of collecting (gc.disable()
  // semantics differ: that is handled above); used to forbid collection while
  // the heap is inconsistent.
  void set_auto_collect(bool enabled) { auto_collect_disabled_ = !enabled; }

  bool Contains(const void* ptr) const;
  // The usable size of an allocation, given the pointer Allocate returned.
  size_t AllocationSize(const void* ptr) const;
  Stats GetStats() const;
  size_t collection_count() const { return collection_count_; }
  // Allocation-table entries examined by searches so far (for tests of the
  // search's cost).
  size_t blocks_searched() const { return blocks_searched_; }

 private:
  enum BlockState : uint8_t { kFree = 0, kHead = 1, kTail = 2, kMarked = 3 };

  BlockState State(size_t block) const;
  void SetState(size_t block, BlockState state);
  size_t BlockOf(const void* ptr) const;
  size_t HeadOf(size_t block) const;
  size_t BlockCountOf(size_t head) const;
  void* TryAllocate(size_t block_count);
  size_t FindFreeRun(size_t from, size_t to, size_t block_count);
  void PushMark(size_t head);
  void ScanAllocation(size_t head);
  void DrainMarkStack();
  void Sweep();

  uint8_t* alloc_table_ = nullptr;  // 2 bits per block, 4 blocks per byte
  uintptr_t* pool_ = nullptr;
  size_t block_count_ = 0;
  // Next fit: allocation searches on from where the last one ended, wrapping
  // around once. First fit from a "first free block" hint degrades to a
  // quadratic scan when a small hole sits before a long run of used blocks.
  size_t rover_ = 0;
  RootScanner root_scanner_ = nullptr;
  void* root_scanner_context_ = nullptr;
  // Inverted so that a Heap is all zeros until Init, and lives in .bss rather
  // than .data.
  bool auto_collect_disabled_ = false;
  bool collecting_ = false;
  size_t collection_count_ = 0;
  size_t blocks_searched_ = 0;

  // Marking uses a small explicit stack; when it overflows, marked blocks are
  // rescanned.
  static constexpr size_t kMarkStackSize = 64;
  size_t mark_stack_[kMarkStackSize] = {};
  size_t mark_stack_depth_ = 0;
  bool mark_stack_overflowed_ = false;
};

}  // namespace mp::gc

#endif  // MP_GC_HEAP_H_
