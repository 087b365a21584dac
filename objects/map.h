// A hash map that keeps insertion order: the storage of module globals, and
// later of dicts and instance attributes. Entries are kept in order in one
// array; a separate table of slots holds entry numbers, probed linearly.
// Removed entries leave a hole (a null key) until the next rebuild.
#ifndef MP_OBJECTS_MAP_H_
#define MP_OBJECTS_MAP_H_

#include <stddef.h>
#include <stdint.h>

#include "objects/value.h"

namespace mp::objects {

struct MapEntry {
  Value key;
  Value value;
};

class Map {
 public:
  // The value slot for key, or nullptr.
  Value* Find(Value key) const;
  // Find, trying first the entry number *hint (a guess the caller keeps
  // between calls: an inline cache). Keys compare by identity there, which
  // is exact for interned names. Updates *hint after a search.
  Value* FindWithHint(Value key, uint16_t* hint) const {
    if (Value* value = AtHint(key, *hint)) return value;
    return FindAndHint(key, hint);
  }
  // Only the guess: the value slot of entry `hint` if its key is `key`.
  Value* AtHint(Value key, uint16_t hint) const {
    return hint < used_ && entries_[hint].key == key ? &entries_[hint].value
                                                     : nullptr;
  }
  void Store(Value key, Value value);
  // Returns false when the key was absent.
  bool Remove(Value key);
  void Clear();

  size_t size() const { return live_; }
  // The entries in insertion order; entries with a null key were removed.
  const MapEntry* entries() const { return entries_; }
  size_t entry_count() const { return used_; }

 private:
  size_t SlotOf(Value key, uintptr_t hash) const;
  Value* FindAndHint(Value key, uint16_t* hint) const;
  void Rebuild(size_t new_capacity);

  MapEntry* entries_ = nullptr;
  uint32_t* slots_ = nullptr;  // entry number + 1, or 0 for an empty slot
  uint32_t used_ = 0;          // entries written, including removed ones
  uint32_t live_ = 0;
  uint32_t capacity_ = 0;    // of entries_
  uint32_t slot_count_ = 0;  // a power of two, at least twice capacity_
};

// A map fixed at compile time (builtins, a type's methods): qstr keys, sorted
// by key, in flash.
struct StaticMap {
  const MapEntry* entries;
  size_t count;
};

const Value* StaticMapFind(const StaticMap& map, Qstr key);

template <size_t N>
struct StaticMapTable {
  MapEntry entries[N];
  constexpr StaticMap map() const { return StaticMap{entries, N}; }
};

// Sorts a table at compile time, so that tables can be written in any order.
template <size_t N>
consteval StaticMapTable<N> SortedByKey(StaticMapTable<N> table) {
  for (size_t i = 1; i < N; ++i) {
    for (size_t j = i;
         j > 0 && table.entries[j].key.bits() < table.entries[j - 1].key.bits();
         --j) {
      MapEntry swapped = table.entries[j];
      table.entries[j] = table.entries[j - 1];
      table.entries[j - 1] = swapped;
    }
  }
  return table;
}

}  // namespace mp::objects

#endif  // MP_OBJECTS_MAP_H_
