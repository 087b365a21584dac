#include "objects/map.h"

#include "objects/operations.h"
#include "objects/qstr.h"
#include "objects/state.h"
#include "objects/str.h"

namespace mp::objects {

namespace {

// Keys that differ without comparing them: two interned strings or two small
// ints that are not the same value, or two strs whose cached hashes differ.
inline bool KnownDifferent(Value a, Value b) {
  if ((a.IsQstr() && b.IsQstr()) || (a.IsSmallInt() && b.IsSmallInt()))
    return true;
  if (a.IsObject() && b.IsObject() && a.AsObject()->type == &kStrType &&
      b.AsObject()->type == &kStrType) {
    uint32_t a_hash = a.As<Str>()->hash;
    uint32_t b_hash = b.As<Str>()->hash;
    return a_hash != 0 && b_hash != 0 && a_hash != b_hash;
  }
  return false;
}

}  // namespace

size_t Map::SlotOf(Value key, uintptr_t hash) const {
  size_t mask = slot_count_ - 1;
  size_t slot = hash & mask;
  for (;;) {
    uint32_t entry = slots_[slot];
    if (entry == 0) return slot;
    Value candidate = entries_[entry - 1].key;
    if (candidate == key ||
        (!candidate.IsNull() && !KnownDifferent(candidate, key) &&
         Equal(candidate, key)))
      return slot;
    slot = (slot + 1) & mask;
  }
}

Value* Map::Find(Value key) const {
  if (live_ == 0) return nullptr;
  uint32_t entry = slots_[SlotOf(key, Hash(key))];
  return entry == 0 ? nullptr : &entries_[entry - 1].value;
}

Value* Map::FindAndHint(Value key, uint16_t* hint) const {
  if (live_ == 0) return nullptr;
  uint32_t entry = slots_[SlotOf(key, Hash(key))];
  if (entry == 0) return nullptr;
  if (entry - 1 <= UINT16_MAX) *hint = static_cast<uint16_t>(entry - 1);
  return &entries_[entry - 1].value;
}

void Map::Rebuild(size_t new_capacity) {
  size_t new_slot_count = 8;
  while (new_slot_count < 2 * new_capacity) new_slot_count *= 2;
  auto* new_entries =
      static_cast<MapEntry*>(Allocate(new_capacity * sizeof(MapEntry)));
  auto* new_slots =
      static_cast<uint32_t*>(Allocate(new_slot_count * sizeof(uint32_t)));
  // Compact the live entries; their hashes are recomputed (all keys here are
  // hashable).
  uint32_t count = 0;
  for (uint32_t i = 0; i < used_; ++i) {
    if (entries_[i].key.IsNull()) continue;
    new_entries[count] = entries_[i];
    size_t slot = Hash(entries_[i].key) & (new_slot_count - 1);
    while (new_slots[slot] != 0) slot = (slot + 1) & (new_slot_count - 1);
    new_slots[slot] = ++count;
  }
  Free(entries_);
  Free(slots_);
  entries_ = new_entries;
  slots_ = new_slots;
  used_ = count;
  live_ = count;
  capacity_ = static_cast<uint32_t>(new_capacity);
  slot_count_ = static_cast<uint32_t>(new_slot_count);
}

void Map::Store(Value key, Value value) {
  uintptr_t hash = Hash(key);
  if (slots_ != nullptr) {
    size_t slot = SlotOf(key, hash);
    if (slots_[slot] != 0) {
      entries_[slots_[slot] - 1].value = value;
      return;
    }
  }
  if (used_ == capacity_) {
    // Grow only when the live entries need it; otherwise compacting holes is
    // enough.
    Rebuild(live_ + 1 > capacity_ * 3 / 4 ? (capacity_ == 0 ? 4 : capacity_ * 2)
                                          : capacity_);
  }
  size_t slot = SlotOf(key, hash);
  entries_[used_] = MapEntry{key, value};
  slots_[slot] = ++used_;
  ++live_;
}

bool Map::Remove(Value key) {
  Value* value = Find(key);
  if (value == nullptr) return false;
  // The slot keeps pointing at the hole, so that probing past it still works.
  MapEntry* entry = reinterpret_cast<MapEntry*>(reinterpret_cast<char*>(value) -
                                                offsetof(MapEntry, value));
  entry->key = Value();
  entry->value = Value();
  --live_;
  return true;
}

void Map::Clear() {
  Free(entries_);
  Free(slots_);
  *this = Map();
}

const Value* StaticMapFind(const StaticMap& map, Qstr key) {
  uintptr_t wanted = Value::FromQstr(key).bits();
  size_t low = 0;
  size_t high = map.count;
  while (low < high) {
    size_t middle = (low + high) / 2;
    uintptr_t bits = map.entries[middle].key.bits();
    if (bits == wanted) return &map.entries[middle].value;
    if (bits < wanted) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return nullptr;
}

}  // namespace mp::objects
