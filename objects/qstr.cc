#include "objects/qstr.h"

#include <string.h>

#include "objects/state.h"

namespace mp::objects {
namespace {

struct StaticEntry {
  const char* data;
  uint16_t length;
  uint32_t hash;
};

constexpr StaticEntry kStaticEntries[] = {
#define QSTR(id, text) \
  {text, sizeof(text) - 1, HashBytes(text, sizeof(text) - 1)},
#include "objects/qstr_static.def"
#undef QSTR
};

constexpr size_t PowerOfTwoAtLeast(size_t n) {
  size_t size = 1;
  while (size < n) size *= 2;
  return size;
}

// Open addressing over the static entries, filled at compile time: entry number
// + 1, or 0.
constexpr size_t kStaticIndexSize = PowerOfTwoAtLeast(2 * q::kStaticCount);

struct StaticIndex {
  uint16_t slots[kStaticIndexSize];
};

constexpr StaticIndex BuildStaticIndex() {
  StaticIndex index{};
  for (size_t i = 0; i < q::kStaticCount; ++i) {
    size_t slot = kStaticEntries[i].hash & (kStaticIndexSize - 1);
    while (index.slots[slot] != 0) slot = (slot + 1) & (kStaticIndexSize - 1);
    index.slots[slot] = static_cast<uint16_t>(i + 1);
  }
  return index;
}

constexpr StaticIndex kStaticIndex = BuildStaticIndex();

constexpr bool StaticEntriesAreDistinct() {
  for (size_t i = 0; i < q::kStaticCount; ++i) {
    for (size_t j = i + 1; j < q::kStaticCount; ++j) {
      const StaticEntry& a = kStaticEntries[i];
      const StaticEntry& b = kStaticEntries[j];
      if (a.length != b.length) continue;
      bool same = true;
      for (size_t k = 0; k < a.length && same; ++k)
        same = a.data[k] == b.data[k];
      if (same) return false;
    }
  }
  return true;
}
static_assert(StaticEntriesAreDistinct(), "qstr_static.def lists a text twice");

bool FindStatic(const char* text, size_t length, uint32_t hash, Qstr* result) {
  size_t slot = hash & (kStaticIndexSize - 1);
  while (uint16_t entry = kStaticIndex.slots[slot]) {
    const StaticEntry& candidate = kStaticEntries[entry - 1];
    if (candidate.hash == hash && candidate.length == length &&
        memcmp(candidate.data, text, length) == 0) {
      *result = entry - 1;
      return true;
    }
    slot = (slot + 1) & (kStaticIndexSize - 1);
  }
  return false;
}

constexpr size_t kChunkBytes = 128;

}  // namespace

bool QstrPool::FindDynamic(const char* text, size_t length, uint32_t hash,
                           Qstr* result) const {
  if (index_size_ == 0) return false;
  size_t slot = hash & (index_size_ - 1);
  while (uint32_t entry = index_[slot]) {
    const Entry& candidate = entries_[entry - 1];
    if (candidate.hash == hash && candidate.length == length &&
        memcmp(candidate.data, text, length) == 0) {
      *result = q::kStaticCount + entry - 1;
      return true;
    }
    slot = (slot + 1) & (index_size_ - 1);
  }
  return false;
}

bool QstrPool::Find(const char* text, size_t length, Qstr* result) const {
  uint32_t hash = HashBytes(text, length);
  return FindStatic(text, length, hash, result) ||
         FindDynamic(text, length, hash, result);
}

const char* QstrPool::StoreText(const char* text, size_t length) {
  size_t needed = length + 1;  // texts are NUL-terminated, for C interfaces
  char* destination;
  if (needed > kChunkBytes / 2) {
    destination = static_cast<char*>(Allocate(needed));
  } else {
    if (chunk_ == nullptr || chunk_size_ - chunk_used_ < needed) {
      chunk_ = static_cast<char*>(Allocate(kChunkBytes));
      chunk_size_ = kChunkBytes;
      chunk_used_ = 0;
    }
    destination = chunk_ + chunk_used_;
    chunk_used_ += needed;
  }
  memcpy(destination, text, length);
  destination[length] = '\0';
  return destination;
}

void QstrPool::GrowIndex() {
  size_t new_size = index_size_ == 0 ? 64 : index_size_ * 2;
  auto* new_index =
      static_cast<uint32_t*>(Allocate(new_size * sizeof(uint32_t)));
  for (size_t i = 0; i < count_; ++i) {
    size_t slot = entries_[i].hash & (new_size - 1);
    while (new_index[slot] != 0) slot = (slot + 1) & (new_size - 1);
    new_index[slot] = static_cast<uint32_t>(i + 1);
  }
  Free(index_);
  index_ = new_index;
  index_size_ = new_size;
}

Qstr QstrPool::Intern(const char* text, size_t length) {
  uint32_t hash = HashBytes(text, length);
  Qstr result;
  if (FindStatic(text, length, hash, &result) ||
      FindDynamic(text, length, hash, &result)) {
    return result;
  }
  // Each step leaves the pool consistent if a later one raises MemoryError.
  if (count_ == capacity_) {
    size_t new_capacity = capacity_ == 0 ? 32 : capacity_ * 2;
    entries_ =
        static_cast<Entry*>(Reallocate(entries_, new_capacity * sizeof(Entry)));
    capacity_ = new_capacity;
  }
  if (2 * (count_ + 1) > index_size_) GrowIndex();
  const char* stored = StoreText(text, length);
  entries_[count_] = Entry{stored, static_cast<uint32_t>(length), hash};
  size_t slot = hash & (index_size_ - 1);
  while (index_[slot] != 0) slot = (slot + 1) & (index_size_ - 1);
  index_[slot] = static_cast<uint32_t>(count_ + 1);
  return q::kStaticCount + count_++;
}

const char* QstrPool::Data(Qstr q) const {
  return q < q::kStaticCount ? kStaticEntries[q].data
                             : entries_[q - q::kStaticCount].data;
}

size_t QstrPool::Length(Qstr q) const {
  return q < q::kStaticCount ? kStaticEntries[q].length
                             : entries_[q - q::kStaticCount].length;
}

uint32_t QstrPool::Hash(Qstr q) const {
  return q < q::kStaticCount ? kStaticEntries[q].hash
                             : entries_[q - q::kStaticCount].hash;
}

QstrPool::Stats QstrPool::GetStats() const {
  Stats stats{};
  stats.pools = count_ > 0 ? 1 : 0;
  stats.count = count_;
  for (size_t i = 0; i < count_; ++i)
    stats.data_bytes += entries_[i].length + 1;
  stats.total_bytes = stats.data_bytes + capacity_ * sizeof(Entry) +
                      index_size_ * sizeof(uint32_t);
  return stats;
}

void QstrPool::MarkRoots(gc::Heap& heap) const {
  heap.MarkPointer(entries_);
  heap.MarkPointer(index_);
  heap.MarkPointer(chunk_);
}

}  // namespace mp::objects
