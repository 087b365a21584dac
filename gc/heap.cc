#include "gc/heap.h"

#include <string.h>

namespace mp::gc {
namespace {

constexpr size_t kBlocksPerTableByte = 4;
constexpr size_t kWordsPerBlock = kBytesPerBlock / sizeof(uintptr_t);

// Written to not overflow for requests near SIZE_MAX.
size_t BlocksFor(size_t bytes) {
  return bytes / kBytesPerBlock + (bytes % kBytesPerBlock != 0);
}

}  // namespace

void Heap::Init(void* memory, size_t bytes) {
  uintptr_t start = reinterpret_cast<uintptr_t>(memory);
  uintptr_t end = start + bytes;
  start = (start + sizeof(uintptr_t) - 1) & ~(uintptr_t{sizeof(uintptr_t)} - 1);
  size_t usable = end > start ? end - start : 0;
  // Each block costs kBytesPerBlock of pool plus a quarter byte of table.
  size_t blocks =
      usable * kBlocksPerTableByte / (kBytesPerBlock * kBlocksPerTableByte + 1);
  size_t table_bytes = (blocks + kBlocksPerTableByte - 1) / kBlocksPerTableByte;
  // The pool starts word-aligned after the table.
  uintptr_t pool_start = (start + table_bytes + sizeof(uintptr_t) - 1) &
                         ~(uintptr_t{sizeof(uintptr_t)} - 1);
  while (blocks > 0 && pool_start + blocks * kBytesPerBlock > end) --blocks;
  alloc_table_ = reinterpret_cast<uint8_t*>(start);
  pool_ = reinterpret_cast<uintptr_t*>(pool_start);
  block_count_ = blocks;
  memset(alloc_table_, 0, table_bytes);
  rover_ = 0;
}

void Heap::SetRootScanner(RootScanner scanner, void* context) {
  root_scanner_ = scanner;
  root_scanner_context_ = context;
}

Heap::BlockState Heap::State(size_t block) const {
  return static_cast<BlockState>((alloc_table_[block / kBlocksPerTableByte] >>
                                  (2 * (block % kBlocksPerTableByte))) &
                                 3);
}

void Heap::SetState(size_t block, BlockState state) {
  uint8_t& byte = alloc_table_[block / kBlocksPerTableByte];
  int shift = 2 * (block % kBlocksPerTableByte);
  byte = static_cast<uint8_t>((byte & ~(3 << shift)) | (state << shift));
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
    if (State(block) != kFree) {
      if (block >= to) break;
      run = 0;
      continue;
    }
    if (++run == block_count) return block + 1 - block_count;
  }
  return block_count_;
}

void* Heap::TryAllocate(size_t block_count) {
  size_t head = FindFreeRun(rover_, block_count_, block_count);
  if (head == block_count_ && rover_ > 0)
    head = FindFreeRun(0, rover_, block_count);
  if (head == block_count_) return nullptr;
  SetState(head, kHead);
  for (size_t b = head + 1; b < head + block_count; ++b) SetState(b, kTail);
  rover_ = head + block_count;
  if (rover_ == block_count_) rover_ = 0;
  void* memory = pool_ + head * kWordsPerBlock;
  memset(memory, 0, block_count * kBytesPerBlock);
  return memory;
}

void* Heap::Allocate(size_t bytes) {
  if (collecting_ || block_count_ == 0) return nullptr;
  size_t block_count = BlocksFor(bytes == 0 ? 1 : bytes);
  if (block_count > block_count_) return nullptr;
  void* memory = TryAllocate(block_count);
  if (memory == nullptr && !auto_collect_disabled_) {
    Collect();
    memory = TryAllocate(block_count);
  }
  return memory;
}

void Heap::Free(void* ptr) {
  if (ptr == nullptr || collecting_ || !Contains(ptr)) return;
  size_t head = BlockOf(ptr);
  if (State(head) != kHead) return;
  size_t count = BlockCountOf(head);
  for (size_t b = head; b < head + count; ++b) SetState(b, kFree);
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
    return ptr;
  }
  // Grow in place when the blocks after the allocation are free.
  size_t end = head + old_count;
  size_t available = old_count;
  while (available < new_count && end < block_count_ && State(end) == kFree) {
    ++end;
    ++available;
  }
  if (available >= new_count) {
    for (size_t b = head + old_count; b < head + new_count; ++b) {
      SetState(b, kTail);
    }
    memset(pool_ + (head + old_count) * kWordsPerBlock, 0,
           (new_count - old_count) * kBytesPerBlock);
    return ptr;
  }
  void* moved = Allocate(new_bytes);
  if (moved == nullptr) return nullptr;
  memcpy(moved, ptr, old_count * kBytesPerBlock);
  Free(ptr);
  return moved;
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

void Heap::Sweep() {
  bool freeing = false;
  for (size_t block = 0; block < block_count_; ++block) {
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
  // After a collection the heap is mostly free: start over from the bottom.
  rover_ = 0;
}

void Heap::Collect() {
  if (collecting_) return;
  collecting_ = true;
  mark_stack_depth_ = 0;
  mark_stack_overflowed_ = false;
  if (root_scanner_ != nullptr) root_scanner_(*this, root_scanner_context_);
  DrainMarkStack();
  Sweep();
  collecting_ = false;
  ++collection_count_;
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
    } else {
      run = 0;
    }
  }
  stats.used_bytes = stats.total_bytes - stats.free_bytes;
  stats.largest_free_bytes = largest_run * kBytesPerBlock;
  return stats;
}

}  // namespace mp::gc
