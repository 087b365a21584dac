#include "gc/heap.h"

#include <stdint.h>
#include <string.h>

#include <vector>

#include "gtest/gtest.h"

namespace mp::gc {
namespace {

// Roots for the tests: an explicit list of pointers, scanned like a stack.
struct Roots {
  std::vector<void*> pointers;
  static void Scan(Heap& heap, void* context) {
    auto* roots = static_cast<Roots*>(context);
    heap.MarkRange(roots->pointers.data(),
                   roots->pointers.size() * sizeof(void*));
  }
};

class HeapTest : public ::testing::Test {
 protected:
  void SetUp() override {
    heap_.Init(memory_, sizeof(memory_));
    heap_.SetRootScanner(&Roots::Scan, &roots_);
  }

  alignas(8) uint8_t memory_[16 * 1024];
  Heap heap_;
  Roots roots_;
};

TEST_F(HeapTest, AllocatesZeroedDistinctMemory) {
  auto* a = static_cast<uint8_t*>(heap_.Allocate(10));
  auto* b = static_cast<uint8_t*>(heap_.Allocate(100));
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_TRUE(heap_.Contains(a));
  for (int i = 0; i < 100; ++i) EXPECT_EQ(b[i], 0);
  memset(a, 0xAA, 10);
  EXPECT_GE(heap_.AllocationSize(b), 100u);
  EXPECT_TRUE(b >= a + heap_.AllocationSize(a) ||
              a >= b + heap_.AllocationSize(b));
}

TEST_F(HeapTest, UsesNearlyAllOfTheMemory) {
  Heap::Stats stats = heap_.GetStats();
  // The table costs 1/64 (32-bit) or 1/128 (64-bit) of the memory, plus
  // alignment.
  EXPECT_GT(stats.total_bytes, sizeof(memory_) * 95 / 100);
  EXPECT_LE(stats.total_bytes, sizeof(memory_));
  EXPECT_EQ(stats.used_bytes, 0u);
}

TEST_F(HeapTest, CollectFreesUnreachableAndKeepsRoots) {
  void* kept = heap_.Allocate(64);
  void* dropped = heap_.Allocate(64);
  ASSERT_NE(kept, nullptr);
  ASSERT_NE(dropped, nullptr);
  roots_.pointers.push_back(kept);
  size_t used_before = heap_.GetStats().used_bytes;
  heap_.Collect();
  EXPECT_EQ(heap_.AllocationSize(kept), 64u);
  EXPECT_EQ(heap_.AllocationSize(dropped), 0u) << "unreachable block survived";
  EXPECT_LT(heap_.GetStats().used_bytes, used_before);
}

TEST_F(HeapTest, ReachabilityIsTransitiveAndInteriorPointersCount) {
  // A chain root -> a -> b, where a holds a pointer into the middle of b.
  auto** a = static_cast<void**>(heap_.Allocate(sizeof(void*)));
  auto* b = static_cast<uint8_t*>(heap_.Allocate(200));
  *a = b + 150;
  roots_.pointers.push_back(reinterpret_cast<uint8_t*>(a) + 1);
  heap_.Collect();
  EXPECT_GT(heap_.AllocationSize(a), 0u);
  EXPECT_GT(heap_.AllocationSize(b), 0u);
}

TEST_F(HeapTest, LongChainsSurviveMarkStackOverflow) {
  // A linked list far longer than the mark stack, plus a wide node: all must
  // survive.
  constexpr int kLength = 300;
  void** head = nullptr;
  for (int i = 0; i < kLength; ++i) {
    auto** node = static_cast<void**>(heap_.Allocate(2 * sizeof(void*)));
    ASSERT_NE(node, nullptr);
    node[0] = head;
    head = node;
  }
  auto** wide = static_cast<void**>(heap_.Allocate(100 * sizeof(void*)));
  for (int i = 0; i < 100; ++i) wide[i] = heap_.Allocate(8);
  roots_.pointers.push_back(head);
  roots_.pointers.push_back(wide);
  heap_.Collect();
  int count = 0;
  for (void** node = head; node != nullptr;
       node = static_cast<void**>(node[0])) {
    EXPECT_GT(heap_.AllocationSize(node), 0u);
    ++count;
  }
  EXPECT_EQ(count, kLength);
  for (int i = 0; i < 100; ++i) EXPECT_GT(heap_.AllocationSize(wide[i]), 0u);
}

TEST_F(HeapTest, ExhaustionReturnsNullAndCollectionRecovers) {
  roots_.pointers.reserve(1000);
  for (;;) {
    void* p = heap_.Allocate(256);
    if (p == nullptr) break;
    roots_.pointers.push_back(p);
  }
  EXPECT_GT(roots_.pointers.size(), 40u);
  EXPECT_EQ(heap_.Allocate(256), nullptr);
  // Once the roots are dropped, the failing allocation's own collection makes
  // room.
  roots_.pointers.clear();
  EXPECT_NE(heap_.Allocate(256), nullptr);
}

TEST_F(HeapTest, TooLargeRequestFailsCleanly) {
  EXPECT_EQ(heap_.Allocate(sizeof(memory_) * 2), nullptr);
  EXPECT_EQ(heap_.Allocate(SIZE_MAX - 3), nullptr);
  EXPECT_NE(heap_.Allocate(16), nullptr);
}

TEST_F(HeapTest, ReallocateKeepsContentsInPlaceOrMoved) {
  auto* p = static_cast<uint8_t*>(heap_.Allocate(16));
  for (int i = 0; i < 16; ++i) p[i] = static_cast<uint8_t>(i);
  auto* grown = static_cast<uint8_t*>(heap_.Reallocate(p, 400));
  ASSERT_NE(grown, nullptr);
  for (int i = 0; i < 16; ++i) EXPECT_EQ(grown[i], i);
  for (int i = 16; i < 400; ++i) ASSERT_EQ(grown[i], 0) << i;
  // Force a move: an allocation right after blocks in-place growth.
  roots_.pointers.push_back(grown);
  void* blocker = heap_.Allocate(16);
  roots_.pointers.push_back(blocker);
  auto* moved = static_cast<uint8_t*>(heap_.Reallocate(grown, 2000));
  ASSERT_NE(moved, nullptr);
  for (int i = 0; i < 16; ++i) EXPECT_EQ(moved[i], i);
  auto* shrunk = static_cast<uint8_t*>(heap_.Reallocate(moved, 8));
  EXPECT_EQ(shrunk, moved);
  EXPECT_LT(heap_.AllocationSize(shrunk), 2000u);
}

TEST_F(HeapTest, FreeMakesRoomImmediately) {
  heap_.set_auto_collect(false);
  std::vector<void*> blocks;
  for (;;) {
    void* p = heap_.Allocate(512);
    if (p == nullptr) break;
    blocks.push_back(p);
  }
  heap_.Free(blocks.back());
  EXPECT_NE(heap_.Allocate(512), nullptr);
}

TEST_F(HeapTest, SearchStaysLinearWithHolesBeforeUsedBlocks) {
  // A one-block hole at the bottom, then many two-block allocations: a search
  // that restarts at the hole each time would examine about n^2/2 blocks.
  void* first = heap_.Allocate(8);
  roots_.pointers.push_back(heap_.Allocate(8));
  heap_.Free(first);
  size_t before = heap_.blocks_searched();
  int allocations = 0;
  while (heap_.Allocate(2 * kBytesPerBlock) != nullptr && allocations < 200)
    ++allocations;
  ASSERT_EQ(allocations, 200);
  EXPECT_LT(heap_.blocks_searched() - before, 200u * 8);
}

// Small objects that survive, made between large ones that do not, must not
// end up spread over the heap: after a collection a large allocation needs a
// long free run (a growing list, a sort's scratch array).
TEST_F(HeapTest, SmallSurvivorsDoNotFragmentTheHeap) {
  heap_.set_auto_collect(false);
  size_t large = 24 * kBytesPerBlock;
  for (int i = 0; i < 1000; ++i) {
    if (heap_.Allocate(large) == nullptr) break;  // garbage: no root
    void* small = heap_.Allocate(kBytesPerBlock);
    if (small == nullptr) break;
    roots_.pointers.push_back(small);
  }
  heap_.Collect();
  Heap::Stats stats = heap_.GetStats();
  // The survivors take a few percent of the heap; most of the rest is one run.
  EXPECT_NE(heap_.Allocate(stats.free_bytes / 2), nullptr);
}

TEST_F(HeapTest, SearchWrapsAroundToReuseFreedBlocks) {
  heap_.set_auto_collect(false);
  std::vector<void*> blocks;
  for (;;) {
    void* p = heap_.Allocate(kBytesPerBlock);
    if (p == nullptr) break;
    blocks.push_back(p);
  }
  // Free one block near the bottom: without collecting, the next allocation
  // finds it.
  heap_.Free(blocks[3]);
  EXPECT_EQ(heap_.Allocate(kBytesPerBlock), blocks[3]);
}

// Records the allocations the heap finalises; a finaliser may also allocate.
struct Finalised {
  std::vector<void*> allocations;
  Heap* heap = nullptr;
  size_t bytes_to_allocate = 0;
  static void Run(void* allocation, void* context) {
    auto* finalised = static_cast<Finalised*>(context);
    finalised->allocations.push_back(allocation);
    if (finalised->bytes_to_allocate > 0) {
      finalised->heap->Allocate(finalised->bytes_to_allocate);
    }
  }
};

class FinaliserTest : public HeapTest {
 protected:
  void SetUp() override {
    HeapTest::SetUp();
    finalised_.heap = &heap_;
    heap_.SetFinaliserRunner(&Finalised::Run, &finalised_);
  }

  Finalised finalised_;
};

TEST_F(FinaliserTest, RunsOnceForUnreachableAllocationsAfterTheCollection) {
  void* kept = heap_.Allocate(32);
  void* dropped = heap_.Allocate(32);
  heap_.SetFinaliser(kept);
  heap_.SetFinaliser(dropped);
  roots_.pointers.push_back(kept);
  heap_.Collect();
  // Found due, but not run inside the collection, and kept for it.
  EXPECT_TRUE(finalised_.allocations.empty());
  EXPECT_TRUE(heap_.finalisers_due());
  EXPECT_GT(heap_.AllocationSize(dropped), 0u);
  heap_.RunDueFinalisers();
  ASSERT_EQ(finalised_.allocations.size(), 1u);
  EXPECT_EQ(finalised_.allocations[0], dropped);
  EXPECT_FALSE(heap_.finalisers_due());
  // Finalised, it is ordinary garbage: the next collection frees it, and
  // the finaliser does not run again.
  heap_.Collect();
  heap_.RunDueFinalisers();
  EXPECT_EQ(heap_.AllocationSize(dropped), 0u);
  EXPECT_EQ(finalised_.allocations.size(), 1u);
  EXPECT_GT(heap_.AllocationSize(kept), 0u);
}

TEST_F(FinaliserTest, DueAllocationsKeepWhatTheyPointTo) {
  auto** owner = static_cast<void**>(heap_.Allocate(sizeof(void*)));
  void* child = heap_.Allocate(64);
  *owner = child;
  heap_.SetFinaliser(owner);
  heap_.Collect();
  EXPECT_GT(heap_.AllocationSize(child), 0u);
  // A collection before the finaliser runs must not free either.
  heap_.Collect();
  EXPECT_GT(heap_.AllocationSize(owner), 0u);
  EXPECT_GT(heap_.AllocationSize(child), 0u);
  heap_.RunDueFinalisers();
  EXPECT_EQ(finalised_.allocations.size(), 1u);
  heap_.Collect();
  EXPECT_EQ(heap_.AllocationSize(child), 0u);
}

TEST_F(FinaliserTest, AllocationsReachableOnlyFromDueOnesAreDueTogether) {
  // a -> b -> a, both unreachable: one collection makes both due.
  auto** a = static_cast<void**>(heap_.Allocate(sizeof(void*)));
  auto** b = static_cast<void**>(heap_.Allocate(sizeof(void*)));
  *a = b;
  *b = a;
  heap_.SetFinaliser(a);
  heap_.SetFinaliser(b);
  heap_.Collect();
  heap_.RunDueFinalisers();
  EXPECT_EQ(finalised_.allocations.size(), 2u);
  heap_.Collect();
  EXPECT_EQ(heap_.AllocationSize(a), 0u);
  EXPECT_EQ(heap_.AllocationSize(b), 0u);
}

TEST_F(FinaliserTest, FinalisersMayAllocateAndCollect) {
  // Each finaliser allocates enough to force collections; allocations that
  // become due meanwhile are finalised in the same run.
  finalised_.bytes_to_allocate = 4 * 1024;
  for (int i = 0; i < 20; ++i) heap_.SetFinaliser(heap_.Allocate(16));
  size_t collections = heap_.collection_count();
  heap_.Collect();
  heap_.RunDueFinalisers();
  EXPECT_EQ(finalised_.allocations.size(), 20u);
  EXPECT_GT(heap_.collection_count(), collections + 1);
  EXPECT_FALSE(heap_.finalisers_due());
}

TEST_F(FinaliserTest, FreedAllocationsAreNotFinalised) {
  void* p = heap_.Allocate(16);
  heap_.SetFinaliser(p);
  heap_.Free(p);
  heap_.Collect();
  heap_.RunDueFinalisers();
  EXPECT_TRUE(finalised_.allocations.empty());
}

TEST_F(FinaliserTest, MovingReallocationKeepsTheFinaliser) {
  void* p = heap_.Allocate(16);
  heap_.SetFinaliser(p);
  roots_.pointers.push_back(p);
  roots_.pointers.push_back(heap_.Allocate(16));  // blocks growth in place
  void* moved = heap_.Reallocate(p, 1000);
  ASSERT_NE(moved, p);
  roots_.pointers.clear();
  heap_.Collect();
  heap_.RunDueFinalisers();
  ASSERT_EQ(finalised_.allocations.size(), 1u);
  EXPECT_EQ(finalised_.allocations[0], moved);
}

TEST_F(FinaliserTest, LockedHeapRefusesAllocationAndDefersFinalisers) {
  void* p = heap_.Allocate(16);
  heap_.SetFinaliser(p);
  EXPECT_EQ(heap_.Lock(), 1u);
  EXPECT_EQ(heap_.Lock(), 2u);
  EXPECT_EQ(heap_.Allocate(16), nullptr);
  EXPECT_EQ(heap_.Reallocate(p, 100), nullptr);
  heap_.Free(p);  // ignored while locked
  EXPECT_GT(heap_.AllocationSize(p), 0u);
  heap_.Collect();
  heap_.RunDueFinalisers();
  EXPECT_TRUE(finalised_.allocations.empty());
  EXPECT_EQ(heap_.Unlock(), 1u);
  heap_.RunDueFinalisers();
  EXPECT_TRUE(finalised_.allocations.empty());
  EXPECT_EQ(heap_.Unlock(), 0u);
  EXPECT_EQ(heap_.Unlock(), 0u);
  heap_.RunDueFinalisers();
  EXPECT_EQ(finalised_.allocations.size(), 1u);
  EXPECT_NE(heap_.Allocate(16), nullptr);
}

// Allocations of every size, freed in a scattered order and reallocated,
// never overlap, stay zeroed when new, and keep their contents: the fast paths
// (one block at the hint, whole table bytes in both searches) agree with the
// block-by-block rules.
TEST_F(HeapTest, MixedSizesNeverOverlapAndKeepTheirContents) {
  struct Live {
    uint8_t* memory;
    size_t bytes;
    uint8_t fill;
  };
  std::vector<Live> live;
  heap_.set_auto_collect(false);  // the test's roots do not see `live`
  uint32_t seed = 12345;
  auto next = [&seed]() {
    seed = seed * 1103515245 + 12345;
    return (seed >> 16) & 0x7fff;
  };
  for (int round = 0; round < 4000; ++round) {
    if (!live.empty() && next() % 3 == 0) {
      size_t victim = next() % live.size();
      heap_.Free(live[victim].memory);
      live[victim] = live.back();
      live.pop_back();
      continue;
    }
    // Mostly small, sometimes past the first-fit sizes.
    size_t bytes = next() % 5 == 0 ? 1 + next() % 600 : 1 + next() % 128;
    auto* memory = static_cast<uint8_t*>(heap_.Allocate(bytes));
    if (memory == nullptr) continue;  // full: the frees make room again
    for (size_t i = 0; i < bytes; ++i) ASSERT_EQ(memory[i], 0) << round;
    auto fill = static_cast<uint8_t>(1 + round % 250);
    memset(memory, fill, bytes);
    live.push_back({memory, bytes, fill});
  }
  for (const Live& a : live) {
    for (size_t i = 0; i < a.bytes; ++i) ASSERT_EQ(a.memory[i], a.fill);
    for (const Live& b : live) {
      if (&a == &b) continue;
      EXPECT_TRUE(a.memory + a.bytes <= b.memory ||
                  b.memory + b.bytes <= a.memory);
    }
  }
}

TEST_F(HeapTest, ThresholdCollectsAfterThatManyBytes) {
  EXPECT_EQ(heap_.collection_threshold(), Heap::kNoThreshold);
  heap_.set_collection_threshold(10 * kBytesPerBlock + 3);
  EXPECT_EQ(heap_.collection_threshold(), 10 * kBytesPerBlock);
  size_t before = heap_.collection_count();
  for (int i = 0; i < 10; ++i) heap_.Allocate(kBytesPerBlock);
  EXPECT_EQ(heap_.collection_count(), before);
  heap_.Allocate(kBytesPerBlock);
  EXPECT_EQ(heap_.collection_count(), before + 1);
  // Off again, and with automatic collection disabled, it never collects.
  heap_.set_collection_threshold(Heap::kNoThreshold);
  for (int i = 0; i < 20; ++i) heap_.Allocate(kBytesPerBlock);
  EXPECT_EQ(heap_.collection_count(), before + 1);
  heap_.set_collection_threshold(kBytesPerBlock);
  heap_.set_auto_collect(false);
  EXPECT_FALSE(heap_.auto_collect());
  for (int i = 0; i < 20; ++i) heap_.Allocate(kBytesPerBlock);
  EXPECT_EQ(heap_.collection_count(), before + 1);
}

TEST_F(HeapTest, StatsCountAllocationsBySize) {
  roots_.pointers.push_back(heap_.Allocate(kBytesPerBlock));
  roots_.pointers.push_back(heap_.Allocate(kBytesPerBlock));
  roots_.pointers.push_back(heap_.Allocate(2 * kBytesPerBlock));
  roots_.pointers.push_back(heap_.Allocate(5 * kBytesPerBlock));
  Heap::Stats stats = heap_.GetStats();
  EXPECT_EQ(stats.one_block_allocations, 2u);
  EXPECT_EQ(stats.two_block_allocations, 1u);
  EXPECT_EQ(stats.largest_allocation_bytes, 5 * kBytesPerBlock);
  EXPECT_EQ(stats.used_bytes, 9 * kBytesPerBlock);
  EXPECT_EQ(heap_.KindOf(0), Heap::BlockKind::kHead);
  EXPECT_EQ(heap_.KindOf(3), Heap::BlockKind::kTail);
  EXPECT_EQ(heap_.KindOf(9), Heap::BlockKind::kFree);
}

TEST_F(HeapTest, PointersOutsideTheHeapAreIgnored) {
  int local = 0;
  roots_.pointers.push_back(&local);
  roots_.pointers.push_back(reinterpret_cast<void*>(uintptr_t{1}));
  roots_.pointers.push_back(memory_);  // the allocation table, not a block
  heap_.Collect();
  EXPECT_EQ(heap_.GetStats().used_bytes, 0u);
}

}  // namespace
}  // namespace mp::gc
