// The garbage-collected heap: one contiguous region, allocated in blocks of
// four machine words, reclaimed by mark-sweep. Marking is conservative: any
// word that points into a live allocation (at its start or inside it) keeps
// that allocation alive, so C++ code may hold plain pointers.
//
// The heap knows nothing about objects or threads. At each collection it calls
// the root scanner that the layer above installed; the scanner marks the roots
// (globals, the C stack and registers) with MarkRange/MarkPointer.
//
// Finalisers: an allocation registered with SetFinaliser is not freed when a
// collection finds it unreachable. It is kept (with what it points to) and
// becomes due; RunDueFinalisers, called by the layer above where running code
// is safe, hands each due allocation to the finaliser runner once. Afterwards
// it is an ordinary allocation, freed by the next collection that finds it
// unreachable.
#ifndef MP_GC_HEAP_H_
#define MP_GC_HEAP_H_

#include <stddef.h>
#include <stdint.h>

namespace mp::gc {

inline constexpr size_t kBytesPerBlock = 4 * sizeof(void*);

class Heap {
 public:
  using RootScanner = void (*)(Heap& heap, void* context);
  // Must not raise (NlrJump) out of the call.
  using FinaliserRunner = void (*)(void* allocation, void* context);

  static constexpr size_t kNoThreshold = SIZE_MAX;

  struct Stats {
    size_t total_bytes;  // the bytes that allocations can use
    size_t used_bytes;
    size_t free_bytes;
    size_t largest_free_bytes;  // the largest allocation that would succeed now
    size_t one_block_allocations;
    size_t two_block_allocations;
    size_t largest_allocation_bytes;
  };

  enum class BlockKind : uint8_t { kFree, kHead, kTail };

  Heap() = default;
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // Takes over `bytes` of `memory` (any alignment) for the allocation table and
  // the blocks.
  void Init(void* memory, size_t bytes);
  void SetRootScanner(RootScanner scanner, void* context);
  void SetFinaliserRunner(FinaliserRunner runner, void* context);

  // Returns zeroed memory, or nullptr when none is left even after a
  // collection, or while the heap is locked.
  void* Allocate(size_t bytes) {
    // One block (a float, a cell, a bound method, a small tuple) is the most
    // common size, and its first-fit hint is usually free, right after the
    // previous one: that case inline.
    size_t head = first_free_[1];
    if (bytes <= kBytesPerBlock && head < block_count_ &&
        State(head) == kFree && !collecting_ && lock_depth_ == 0 &&
        blocks_since_collection_ + 1 < ~inverted_threshold_blocks_) {
      first_free_[1] = head + 1;
      SetState(head, kHead);
      SetFinaliserState(head, kNoFinaliser);
      ++blocks_since_collection_;
      uintptr_t* memory = pool_ + head * (kBytesPerBlock / sizeof(uintptr_t));
      for (size_t i = 0; i < kBytesPerBlock / sizeof(uintptr_t); ++i) {
        memory[i] = 0;
      }
      return memory;
    }
    return AllocateSlowly(bytes);
  }
  // Grows or shrinks in place when it can, moves otherwise. Returns nullptr
  // (and leaves `ptr` as it was) when no memory is left. Reallocate(nullptr, n)
  // is Allocate(n).
  void* Reallocate(void* ptr, size_t new_bytes);
  // Gives the allocation back at once; the next collection would find it
  // anyway. Does nothing while the heap is locked. Its finaliser is not run.
  void Free(void* ptr);

  // Asks for the finaliser runner to be called with `ptr` (the start of an
  // allocation) when it has become unreachable.
  void SetFinaliser(void* ptr);
  bool finalisers_due() const { return due_count_ > 0; }
  // Runs the finalisers that collections found due. Does nothing during a
  // collection, while the heap is locked, or when called from a finaliser
  // (the running loop picks up what becomes due meanwhile).
  void RunDueFinalisers();

  // While locked (the depth above zero), allocation (and growing
  // reallocation) fails and Free does nothing; collections still run,
  // finalisers wait. Both return the new depth.
  size_t Lock() { return ++lock_depth_; }
  size_t Unlock() { return lock_depth_ > 0 ? --lock_depth_ : 0; }
  size_t lock_depth() const { return lock_depth_; }

  // An allocation collects first once this many bytes (rounded down to
  // blocks) were allocated since the last collection; kNoThreshold turns that
  // off.
  void set_collection_threshold(size_t bytes);
  size_t collection_threshold() const;

  void Collect();
  // During a collection (from the root scanner): marks what the words in a
  // range point to.
  void MarkRange(const void* start, size_t bytes);
  void MarkPointer(const void* ptr);

  // While disabled, allocation fails instead of collecting (gc.disable()
  // semantics differ: that is handled above); used to forbid collection while
  // the heap is inconsistent.
  void set_auto_collect(bool enabled) { auto_collect_disabled_ = !enabled; }
  bool auto_collect() const { return !auto_collect_disabled_; }

  bool Contains(const void* ptr) const;
  // The usable size of an allocation, given the pointer Allocate returned.
  size_t AllocationSize(const void* ptr) const;
  Stats GetStats() const;
  // The allocation table, block by block (micropython.mem_info(1) draws it).
  size_t block_count() const { return block_count_; }
  const void* pool() const { return pool_; }
  BlockKind KindOf(size_t block) const;
  size_t collection_count() const { return collection_count_; }
  // Allocation-table entries examined by searches so far (for tests of the
  // search's cost).
  size_t blocks_searched() const { return blocks_searched_; }

 private:
  enum BlockState : uint8_t { kFree = 0, kHead = 1, kTail = 2, kMarked = 3 };
  // Of a head block; what other blocks hold here means nothing.
  enum FinaliserState : uint8_t {
    kNoFinaliser = 0,
    kHasFinaliser = 1,
    kFinaliserDue = 2
  };

  // Both tables keep 2 bits per block, 4 blocks per byte. Inline: the
  // allocation fast path above uses them.
  static constexpr size_t kBlocksPerTableByte = 4;
  static uint8_t GetTwoBits(const uint8_t* table, size_t block) {
    return (table[block / kBlocksPerTableByte] >>
            (2 * (block % kBlocksPerTableByte))) &
           3;
  }
  static void SetTwoBits(uint8_t* table, size_t block, uint8_t value) {
    uint8_t& byte = table[block / kBlocksPerTableByte];
    int shift = 2 * (block % kBlocksPerTableByte);
    byte = static_cast<uint8_t>((byte & ~(3 << shift)) | (value << shift));
  }
  BlockState State(size_t block) const {
    return static_cast<BlockState>(GetTwoBits(alloc_table_, block));
  }
  void SetState(size_t block, BlockState state) {
    SetTwoBits(alloc_table_, block, state);
  }
  FinaliserState Finaliser(size_t block) const {
    return static_cast<FinaliserState>(GetTwoBits(finaliser_table_, block));
  }
  void SetFinaliserState(size_t block, FinaliserState state) {
    SetTwoBits(finaliser_table_, block, state);
  }
  size_t BlockOf(const void* ptr) const;
  size_t HeadOf(size_t block) const;
  size_t BlockCountOf(size_t head) const;
  void* AllocateSlowly(size_t bytes);
  void* TryAllocate(size_t block_count);
  void MarkTail(size_t from, size_t to);
  size_t FindFreeRun(size_t from, size_t to, size_t block_count);
  void PushMark(size_t head);
  void ScanAllocation(size_t head);
  void DrainMarkStack();
  void MarkDueFinalisers();
  void KeepUnreachableFinalisable();
  void Sweep();

  uint8_t* alloc_table_ = nullptr;      // 2 bits per block, 4 blocks per byte
  uint8_t* finaliser_table_ = nullptr;  // the same layout
  uintptr_t* pool_ = nullptr;
  size_t block_count_ = 0;
  // Small allocations are first fit, so that small objects pack at the
  // bottom: first_free_[n] is a lower bound of the lowest run of n free
  // blocks, which keeps the search linear when small holes sit low. Larger ones
  // are next fit going down from the top (rover_ is where the last one
  // started), so that large garbage does not sit between small long-lived
  // objects and leave, once collected, holes too small for the next large
  // allocation. The two meet only when the heap is full.
  static constexpr size_t kFirstFitMaxBlocks = 4;
  size_t first_free_[kFirstFitMaxBlocks + 1] = {};
  size_t rover_ = 0;
  // Records that `block` became free: every hint may start there again.
  void NoteFreed(size_t block) {
    for (size_t& hint : first_free_) {
      if (block < hint) hint = block;
    }
  }
  size_t FindFreeRunDown(size_t from, size_t to, size_t block_count);
  RootScanner root_scanner_ = nullptr;
  void* root_scanner_context_ = nullptr;
  FinaliserRunner finaliser_runner_ = nullptr;
  void* finaliser_runner_context_ = nullptr;
  // Inverted so that a Heap is all zeros until Init, and lives in .bss rather
  // than .data.
  bool auto_collect_disabled_ = false;
  bool collecting_ = false;
  bool running_finalisers_ = false;
  // Set by the first SetFinaliser: until then collections skip looking.
  bool has_finalisers_ = false;
  size_t due_count_ = 0;
  size_t lock_depth_ = 0;
  // kNoThreshold, stored inverted so that a zeroed Heap has none.
  size_t inverted_threshold_blocks_ = 0;
  size_t blocks_since_collection_ = 0;
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
