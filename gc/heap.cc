#include "gc/heap.h"

#include <string.h>

namespace mp::gc {
namespace {

constexpr size_t kWordsPerBlock = kBytesPerBlock / sizeof(uintptr_t);

// Written to not overflow for requests near SIZE_MAX.
size_t BlocksFor(size_t bytes) {
  return bytes / kBytesPerBlock + (bytes % kBytesPerBlock != 0);
}

template <size_t kBlocks>
void ZeroBlocks(uintptr_t* memory) {
  for (size_t i = 0; i < kBlocks * kWordsPerBlock; ++i) memory[i] = 0;
}

}  // namespace

void Heap::Init(void* memory, size_t bytes) {
  uintptr_t start = reinterpret_cast<uintptr_t>(memory);
  uintptr_t end = start + bytes;
  start = (start + sizeof(uintptr_t) - 1) & ~(uintptr_t{sizeof(uintptr_t)} - 1);
  size_t usable = end > start ? end - start : 0;
  // Each block costs kBytesPerBlock of pool plus a quarter byte in each of the
  // two tables.
  size_t blocks =
      usable * kBlocksPerTableByte / (kBytesPerBlock * kBlocksPerTableByte + 2);
  size_t table_bytes = (blocks + kBlocksPerTableByte - 1) / kBlocksPerTableByte;
  // The pool starts word-aligned after the tables.
  uintptr_t pool_start = (start + 2 * table_bytes + sizeof(uintptr_t) - 1) &
                         ~(uintptr_t{sizeof(uintptr_t)} - 1);
  while (blocks > 0 && pool_start + blocks * kBytesPerBlock > end) --blocks;
  alloc_table_ = reinterpret_cast<uint8_t*>(start);
  finaliser_table_ = alloc_table_ + table_bytes;
  pool_ = reinterpret_cast<uintptr_t*>(pool_start);
  block_count_ = blocks;
  memset(alloc_table_, 0, 2 * table_bytes);
  rover_ = block_count_;
  for (size_t& hint : first_free_) hint = 0;
}

void Heap::SetRootScanner(RootScanner scanner, void* context) {
  root_scanner_ = scanner;
  root_scanner_context_ = context;
}

void Heap::SetFinaliserRunner(FinaliserRunner runner, void* context) {
  finaliser_runner_ = runner;
  finaliser_runner_context_ = context;
}

Heap::BlockKind Heap::KindOf(size_t block) const {
  switch (State(block)) {
    case kFree:
      return BlockKind::kFree;
    case kTail:
      return BlockKind::kTail;
    default:
      return BlockKind::kHead;
  }
}

bool Heap::Contains(const void* ptr) const {
  uintptr_t p = reinterpret_cast<uintptr_t>(ptr);
  uintptr_t begin = reinterpret_cast<uintptr_t>(pool_);
  return p >= begin && p < begin + block_count_ * kBytesPerBlock;
}

size_t Heap::BlockOf(const void* ptr) const {
  return (reinterpret_cast<uintptr_t>(ptr) -
          reinterpret_cast<uintptr_t>(pool_)) /
         kBytesPerBlock;
}

size_t Heap::HeadOf(size_t block) const {
  while (block > 0 && State(block) == kTail) --block;
  return block;
}

size_t Heap::BlockCountOf(size_t head) const {
  size_t end = head + 1;
  while (end < block_count_ && State(end) == kTail) ++end;
  return end - head;
}

size_t Heap::AllocationSize(const void* ptr) const {
  if (ptr == nullptr || !Contains(ptr)) return 0;
  size_t block = BlockOf(ptr);
  if (State(block) != kHead && State(block) != kMarked) return 0;
  return BlockCountOf(block) * kBytesPerBlock;
}

// The head of the first run of block_count free blocks that starts in [from,
// to), or block_count_ when there is none.
size_t Heap::FindFreeRun(size_t from, size_t to, size_t block_count) {
  size_t run = 0;
  for (size_t block = from; block < block_count_; ++block) {
    ++blocks_searched_;
    // A table byte at a time where whole bytes are free or all in use.
    while (block % kBlocksPerTableByte == 0 &&
           block + kBlocksPerTableByte <= block_count_) {
      uint8_t byte = alloc_table_[block / kBlocksPerTableByte];
      if (byte == 0) {
        if (run + kBlocksPerTableByte >= block_count) return block - run;
        run += kBlocksPerTableByte;
      } else if (((byte | (byte >> 1)) & 0x55) == 0x55 &&
                 block + kBlocksPerTableByte <= to) {
        run = 0;
      } else {
        break;
      }
      block += kBlocksPerTableByte;
      ++blocks_searched_;
    }
    if (block >= block_count_) break;
    if (State(block) != kFree) {
      if (block >= to) break;
      run = 0;
      continue;
    }
    if (++run == block_count) return block + 1 - block_count;
  }
  return block_count_;
}

// The head of the highest run of block_count free blocks that ends at or
// below `from` and starts at or above... a run found going down from `from`,
// which may reach below `to` only to complete a run begun above it; or
// block_count_ when there is none.
size_t Heap::FindFreeRunDown(size_t from, size_t to, size_t block_count) {
  size_t run = 0;  // free blocks in [block, block + run)
  size_t block = from;
  while (block > 0) {
    // A table byte at a time where whole bytes are free or all in use.
    if (block % kBlocksPerTableByte == 0) {
      uint8_t byte = alloc_table_[block / kBlocksPerTableByte - 1];
      size_t low = block - kBlocksPerTableByte;
      if (byte == 0) {
        ++blocks_searched_;
        if (run + kBlocksPerTableByte >= block_count)
          return block + run - block_count;
        run += kBlocksPerTableByte;
        block = low;
        continue;
      }
      if (((byte | (byte >> 1)) & 0x55) == 0x55) {
        ++blocks_searched_;
        if (low < to) break;
        run = 0;
        block = low;
        continue;
      }
    }
    --block;
    ++blocks_searched_;
    if (State(block) != kFree) {
      if (block < to) break;
      run = 0;
      continue;
    }
    if (++run == block_count) return block;
  }
  return block_count_;
}

// Marks [from, to) as the tail of an allocation; whole table bytes at once.
void Heap::MarkTail(size_t from, size_t to) {
  size_t block = from;
  for (; block < to && block % kBlocksPerTableByte != 0; ++block)
    SetState(block, kTail);
  for (; block + kBlocksPerTableByte <= to; block += kBlocksPerTableByte)
    alloc_table_[block / kBlocksPerTableByte] = 0xAA;  // kTail x 4
  for (; block < to; ++block) SetState(block, kTail);
}

void* Heap::TryAllocate(size_t block_count) {
  size_t head;
  if (block_count <= kFirstFitMaxBlocks) {
    size_t& hint = first_free_[block_count];
    // The common case: right after the previous allocation of this size, the
    // hint starts a free run already.
    head = hint;
    if (block_count == 1) {
      if (head >= block_count_ || State(head) != kFree) {
        head = FindFreeRun(hint, block_count_, 1);
      }
    } else {
      for (size_t b = hint; b < hint + block_count; ++b) {
        if (b >= block_count_ || State(b) != kFree) {
          head = FindFreeRun(hint, block_count_, block_count);
          break;
        }
      }
    }
    if (head == block_count_) return nullptr;
    // No run this long starts below head, nor inside what is now taken;
    // smaller hints stay as they are.
    hint = head + block_count;
  } else {
    head = FindFreeRunDown(rover_, 0, block_count);
    if (head == block_count_ && rover_ < block_count_)
      head = FindFreeRunDown(block_count_, rover_, block_count);
    if (head == block_count_) return nullptr;
    rover_ = head;
  }
  SetState(head, kHead);
  SetFinaliserState(head, kNoFinaliser);
  MarkTail(head + 1, head + block_count);
  blocks_since_collection_ += block_count;
  uintptr_t* memory = pool_ + head * kWordsPerBlock;
  // Small sizes with constant-size stores, which the compiler inlines: a call
  // to memset costs more than the stores.
  switch (block_count) {
    case 1:
      ZeroBlocks<1>(memory);
      break;
    case 2:
      ZeroBlocks<2>(memory);
      break;
    case 3:
      ZeroBlocks<3>(memory);
      break;
    default:
      memset(memory, 0, block_count * kBytesPerBlock);
  }
  return memory;
}

void* Heap::AllocateSlowly(size_t bytes) {
  if (collecting_ || lock_depth_ > 0 || block_count_ == 0) return nullptr;
  size_t block_count = BlocksFor(bytes == 0 ? 1 : bytes);
  if (block_count > block_count_) return nullptr;
  if (!auto_collect_disabled_ &&
      blocks_since_collection_ >= ~inverted_threshold_blocks_) {
    Collect();
  }
  void* memory = TryAllocate(block_count);
  if (memory == nullptr && !auto_collect_disabled_) {
    Collect();
    memory = TryAllocate(block_count);
  }
  return memory;
}

void Heap::Free(void* ptr) {
  if (ptr == nullptr || collecting_ || lock_depth_ > 0 || !Contains(ptr))
    return;
  size_t head = BlockOf(ptr);
  if (State(head) != kHead) return;
  if (Finaliser(head) == kFinaliserDue) --due_count_;
  SetFinaliserState(head, kNoFinaliser);
  size_t count = BlockCountOf(head);
  for (size_t b = head; b < head + count; ++b) SetState(b, kFree);
  NoteFreed(head);
}

void* Heap::Reallocate(void* ptr, size_t new_bytes) {
  if (ptr == nullptr) return Allocate(new_bytes);
  if (collecting_ || !Contains(ptr)) return nullptr;
  size_t head = BlockOf(ptr);
  size_t old_count = BlockCountOf(head);
  size_t new_count = BlocksFor(new_bytes == 0 ? 1 : new_bytes);
  if (new_count <= old_count) {
    for (size_t b = head + new_count; b < head + old_count; ++b) {
      SetState(b, kFree);
    }
    if (new_count < old_count) NoteFreed(head + new_count);
    return ptr;
  }
  // Shrinking needs no memory, so it works on a locked heap; growing does.
  if (lock_depth_ > 0) return nullptr;
  // Grow in place when the blocks after the allocation are free.
  size_t end = head + old_count;
  size_t available = old_count;
  while (available < new_count && end < block_count_ && State(end) == kFree) {
    ++end;
    ++available;
  }
  if (available >= new_count) {
    MarkTail(head + old_count, head + new_count);
    memset(pool_ + (head + old_count) * kWordsPerBlock, 0,
           (new_count - old_count) * kBytesPerBlock);
    return ptr;
  }
  void* moved = Allocate(new_bytes);
  if (moved == nullptr) return nullptr;
  memcpy(moved, ptr, old_count * kBytesPerBlock);
  FinaliserState finaliser = Finaliser(head);
  Free(ptr);
  if (finaliser != kNoFinaliser) {
    SetFinaliserState(BlockOf(moved), finaliser);
    if (finaliser == kFinaliserDue) ++due_count_;
  }
  return moved;
}

void Heap::SetFinaliser(void* ptr) {
  if (!Contains(ptr)) return;
  size_t head = BlockOf(ptr);
  if (State(head) != kHead || Finaliser(head) != kNoFinaliser) return;
  SetFinaliserState(head, kHasFinaliser);
  has_finalisers_ = true;
}

void Heap::set_collection_threshold(size_t bytes) {
  inverted_threshold_blocks_ =
      bytes == kNoThreshold ? 0 : ~(bytes / kBytesPerBlock);
}

size_t Heap::collection_threshold() const {
  return inverted_threshold_blocks_ == 0
             ? kNoThreshold
             : ~inverted_threshold_blocks_ * kBytesPerBlock;
}

void Heap::MarkPointer(const void* ptr) {
  if (!Contains(ptr)) return;
  size_t block = BlockOf(ptr);
  BlockState state = State(block);
  if (state == kFree || state == kMarked) return;
  if (state == kTail) {
    block = HeadOf(block);
    if (State(block) != kHead) return;
  }
  SetState(block, kMarked);
  PushMark(block);
}

void Heap::PushMark(size_t head) {
  if (mark_stack_depth_ < kMarkStackSize) {
    mark_stack_[mark_stack_depth_++] = head;
  } else {
    mark_stack_overflowed_ = true;
  }
}

// Conservative scanning reads whole stack frames, padding and sanitizer red
// zones included: reading them is the point, so AddressSanitizer must not check
// this function.
__attribute__((no_sanitize("address"))) void Heap::MarkRange(const void* start,
                                                             size_t bytes) {
  // Conservative scans may start anywhere: round to whole words.
  uintptr_t begin =
      (reinterpret_cast<uintptr_t>(start) + sizeof(uintptr_t) - 1) &
      ~(uintptr_t{sizeof(uintptr_t)} - 1);
  uintptr_t end = reinterpret_cast<uintptr_t>(start) + bytes;
  for (uintptr_t p = begin; p + sizeof(uintptr_t) <= end;
       p += sizeof(uintptr_t)) {
    MarkPointer(*reinterpret_cast<void* const*>(p));
  }
  DrainMarkStack();
}

void Heap::ScanAllocation(size_t head) {
  size_t words = BlockCountOf(head) * kWordsPerBlock;
  const uintptr_t* contents = pool_ + head * kWordsPerBlock;
  for (size_t i = 0; i < words; ++i) {
    MarkPointer(reinterpret_cast<const void*>(contents[i]));
  }
}

void Heap::DrainMarkStack() {
  while (mark_stack_depth_ > 0)
    ScanAllocation(mark_stack_[--mark_stack_depth_]);
  // An overflow dropped some marked blocks unscanned: rescan every marked
  // block. Each pass only pushes newly marked blocks, so passes stop once no
  // new block is marked.
  while (mark_stack_overflowed_) {
    mark_stack_overflowed_ = false;
    for (size_t block = 0; block < block_count_; ++block) {
      if (State(block) != kMarked) continue;
      ScanAllocation(block);
      while (mark_stack_depth_ > 0) {
        ScanAllocation(mark_stack_[--mark_stack_depth_]);
      }
    }
  }
}

// Due finalisers have not run yet: what they will look at stays alive.
void Heap::MarkDueFinalisers() {
  for (size_t block = 0; block < block_count_; ++block) {
    if (State(block) == kHead && Finaliser(block) == kFinaliserDue) {
      SetState(block, kMarked);
      PushMark(block);
      DrainMarkStack();
    }
  }
}

// After marking: unreachable allocations with a finaliser become due and are
// kept, with everything they point to, until their finaliser has run. All
// become due before any is kept, so that those only reachable from another
// (a cycle, say) are finalised in the same round.
void Heap::KeepUnreachableFinalisable() {
  size_t due_before = due_count_;
  for (size_t block = 0; block < block_count_; ++block) {
    if (State(block) != kHead || Finaliser(block) != kHasFinaliser) continue;
    SetFinaliserState(block, kFinaliserDue);
    ++due_count_;
  }
  if (due_count_ > due_before) MarkDueFinalisers();
}

void Heap::Sweep() {
  bool freeing = false;
  for (size_t block = 0; block < block_count_; ++block) {
    // Whole table bytes of the common patterns at once: four free blocks,
    // four one-block allocations unreached, or four reached.
    while (block % kBlocksPerTableByte == 0 &&
           block + kBlocksPerTableByte <= block_count_) {
      uint8_t& byte = alloc_table_[block / kBlocksPerTableByte];
      if (byte == 0) {
        freeing = false;
      } else if (byte == 0x55) {  // kHead x 4
        byte = 0;
        freeing = true;
      } else if (byte == 0xFF) {  // kMarked x 4
        byte = 0x55;
        freeing = false;
      } else {
        break;
      }
      block += kBlocksPerTableByte;
    }
    if (block >= block_count_) break;
    switch (State(block)) {
      case kHead:
        freeing = true;
        SetState(block, kFree);
        break;
      case kTail:
        if (freeing) SetState(block, kFree);
        break;
      case kMarked:
        freeing = false;
        SetState(block, kHead);
        break;
      case kFree:
        freeing = false;
        break;
    }
  }
  // After a collection the heap is mostly free: start over from both ends.
  rover_ = block_count_;
  for (size_t& hint : first_free_) hint = 0;
}

void Heap::Collect() {
  if (collecting_) return;
  collecting_ = true;
  mark_stack_depth_ = 0;
  mark_stack_overflowed_ = false;
  if (root_scanner_ != nullptr) root_scanner_(*this, root_scanner_context_);
  DrainMarkStack();
  if (due_count_ > 0) MarkDueFinalisers();
  if (has_finalisers_) KeepUnreachableFinalisable();
  Sweep();
  blocks_since_collection_ = 0;
  collecting_ = false;
  ++collection_count_;
}

void Heap::RunDueFinalisers() {
  if (running_finalisers_ || collecting_ || finaliser_runner_ == nullptr)
    return;
  running_finalisers_ = true;
  // A finaliser may allocate, and so collect and make more finalisers due
  // anywhere in the table: scan again until none is left.
  while (due_count_ > 0 && lock_depth_ == 0) {
    for (size_t block = 0; block < block_count_; ++block) {
      if (lock_depth_ > 0) break;
      if (State(block) != kHead || Finaliser(block) != kFinaliserDue) continue;
      SetFinaliserState(block, kNoFinaliser);
      --due_count_;
      finaliser_runner_(pool_ + block * kWordsPerBlock,
                        finaliser_runner_context_);
    }
  }
  running_finalisers_ = false;
}

Heap::Stats Heap::GetStats() const {
  Stats stats{};
  stats.total_bytes = block_count_ * kBytesPerBlock;
  size_t run = 0;
  size_t largest_run = 0;
  for (size_t block = 0; block < block_count_; ++block) {
    if (State(block) == kFree) {
      stats.free_bytes += kBytesPerBlock;
      if (++run > largest_run) largest_run = run;
      continue;
    }
    run = 0;
    if (State(block) == kTail) continue;
    size_t blocks = BlockCountOf(block);
    if (blocks == 1) ++stats.one_block_allocations;
    if (blocks == 2) ++stats.two_block_allocations;
    if (blocks * kBytesPerBlock > stats.largest_allocation_bytes)
      stats.largest_allocation_bytes = blocks * kBytesPerBlock;
  }
  stats.used_bytes = stats.total_bytes - stats.free_bytes;
  stats.largest_free_bytes = largest_run * kBytesPerBlock;
  return stats;
}

}  // namespace mp::gc
